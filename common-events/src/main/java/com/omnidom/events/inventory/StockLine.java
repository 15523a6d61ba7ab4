package com.omnidom.events.inventory;

/** Units of an article allocated for one order line. */
public record StockLine(String lineId, String sku, int quantity) {
}
