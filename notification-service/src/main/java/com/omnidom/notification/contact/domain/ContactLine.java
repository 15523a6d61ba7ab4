package com.omnidom.notification.contact.domain;

/** One ordered line as the customer is told about it. */
public record ContactLine(String sku, int quantity) {
}
