package com.omnidom.events.returns;

/** Units of an order line that came back; {@code resellable} ones go back into stock. */
public record ReturnLine(String lineId, String sku, int quantity, boolean resellable) {
}
