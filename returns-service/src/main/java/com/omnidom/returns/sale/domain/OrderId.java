package com.omnidom.returns.sale.domain;

import java.util.Objects;
import java.util.UUID;

/** An order's id as order-service assigned it; the Kafka key of everything about the order. */
public record OrderId(UUID value) {

    public OrderId {
        Objects.requireNonNull(value, "order id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
