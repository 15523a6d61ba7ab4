package com.omnidom.order.order.domain;

import java.util.UUID;

/** An order's id: also its Kafka key and the last segment of its URL. */
public record OrderId(UUID value) {

    public OrderId {
        if (value == null) throw new IllegalArgumentException("order id is required");
    }

    public static OrderId random() {
        return new OrderId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
