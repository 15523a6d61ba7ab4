package com.omnidom.payment.payments.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Invoices paid on account.
 *
 * @param paymentTerms the invoice is due this long after its day of issue (in the tax country's zone), whole days
 */
@ConfigurationProperties("omnidom.payment.on-account")
public record OnAccountProperties(@DefaultValue("14d") Duration paymentTerms) {
}
