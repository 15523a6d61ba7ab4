package com.omnidom.payment.payments.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How an order's charges (shipping, handling, gift wrap) are refunded.
 *
 * @param refundOnReturn WHEN_ALL_RETURNED: the return that brings back the last captured article unit (none left to
 *                       ship) refunds the charges too, with a credit note line; NEVER: charges are never refunded on returns
 */
@ConfigurationProperties("omnidom.payment.charges")
public record ChargeProperties(@DefaultValue("WHEN_ALL_RETURNED") RefundOnReturn refundOnReturn) {

    public enum RefundOnReturn { WHEN_ALL_RETURNED, NEVER }
}
