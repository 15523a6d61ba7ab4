package com.omnidom.payment.payments.domain;

/** An event asks for something the money rules forbid (capture beyond the order, refund beyond the capture ...): retrying cannot help. */
public class PaymentRuleViolation extends RuntimeException {

    public PaymentRuleViolation(String message) {
        super(message);
    }
}
