package com.omnidom.payment.payments.domain;

import java.util.Objects;
import java.util.UUID;

/** The order a payment belongs to; one payment per order. */
public record OrderId(UUID value) {

    public OrderId {
        Objects.requireNonNull(value, "order id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
