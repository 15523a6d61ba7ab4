package com.omnidom.routing.engine;

/** Units of one order line given to one location (all of the line unless the line was split). */
public record LineQuantity(String lineId, String sku, int quantity) {
}
