package com.omnidom.routing.fulfillment.domain;

/** Units of one order line ({@code lineId} as the order has it); a line is never split between locations. */
public record LineQuantity(String lineId, String sku, int quantity) {

    public LineQuantity {
        if (lineId == null || lineId.isBlank()) throw new IllegalArgumentException("lineId is required");
        if (sku == null || sku.isBlank()) throw new IllegalArgumentException("sku is required");
        if (quantity <= 0) throw new IllegalArgumentException("quantity must be positive");
    }
}
