package com.omnidom.returns.sale.domain;

import java.math.BigDecimal;

/**
 * One order line as sold (gross unit price) and how much of it went out and came back so far.
 *
 * @param channel          the channel that sold the order (order-service's Channel name); null if not known
 * @param shippedQuantity  units shipped or picked up
 * @param returnedQuantity units in returns that are not cancelled
 */
public record SoldLine(OrderId orderId, String lineId, String sku, int orderedQuantity, BigDecimal unitPrice,
                       String currency, String channel, int shippedQuantity, int returnedQuantity) {

    /** Units that may still be returned; the database decides when a return takes them. */
    public int returnableQuantity() {
        return shippedQuantity - returnedQuantity;
    }

    /** Why {@code quantity} units cannot be returned, for people. */
    public String refusal(int quantity) {
        if (shippedQuantity == 0) return "line " + lineId + " has not been shipped or picked up yet";
        return "only " + returnableQuantity() + " of line " + lineId + " can be returned (shipped or picked up "
                + shippedQuantity + ", in returns " + returnedQuantity + "), not " + quantity;
    }
}
