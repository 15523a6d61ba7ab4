package com.omnidom.events.routing;

/** Quantity of one order line handled by one fulfilment order ({@code lineId} as in {@code OrderAccepted}). */
public record FulfillmentLine(String lineId, String sku, int quantity) {
}
