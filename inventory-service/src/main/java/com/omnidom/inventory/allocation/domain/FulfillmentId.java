package com.omnidom.inventory.allocation.domain;

import com.omnidom.inventory.stock.domain.InvalidStock;

import java.util.UUID;

/** A fulfilment order's id, as routing assigned it: the identity of its allocation. */
public record FulfillmentId(UUID value) {

    public FulfillmentId {
        if (value == null) throw new InvalidStock("fulfillmentId", "is required");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
