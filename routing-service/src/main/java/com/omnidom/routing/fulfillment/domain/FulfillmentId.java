package com.omnidom.routing.fulfillment.domain;

import java.util.Objects;
import java.util.UUID;

/** A fulfilment order's id: also its URL segment and the {@code fulfillmentId} in events. */
public record FulfillmentId(UUID value) {

    public FulfillmentId {
        Objects.requireNonNull(value, "fulfillment id");
    }

    public static FulfillmentId random() {
        return new FulfillmentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
