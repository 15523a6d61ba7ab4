package com.omnidom.order.order.domain;

import java.util.UUID;

/** A fulfilment order's id, assigned by routing-service: one location's part of an order. */
public record FulfillmentId(UUID value) {

    public FulfillmentId {
        if (value == null) throw new IllegalArgumentException("fulfilment id is required");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
