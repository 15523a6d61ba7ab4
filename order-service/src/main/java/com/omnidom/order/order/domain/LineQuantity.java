package com.omnidom.order.order.domain;

/** Units of one order line that a downstream fact is about ({@code lineId} as the order assigned it). */
public record LineQuantity(String lineId, String sku, int quantity) {
}
