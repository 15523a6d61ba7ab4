package com.omnidom.payment.payments.domain;

/** Units of one order line that were shipped, picked up or returned. */
public record LineQuantity(String lineId, int quantity) {
}
