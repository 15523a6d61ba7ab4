package com.omnidom.routing.engine;

import java.util.Objects;

/**
 * One order line to route.
 *
 * @param unitPrice price of one unit in minor units; only the minimum-shipment-value fence reads it
 */
public record OrderLine(String lineId, String sku, int quantity, long unitPrice) {

    public OrderLine {
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(sku, "sku");
        if (quantity <= 0) throw new IllegalArgumentException("quantity must be positive");
        if (unitPrice < 0) throw new IllegalArgumentException("unitPrice must not be negative");
    }

    public long value() {
        return unitPrice * quantity;
    }
}
