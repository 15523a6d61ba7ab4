package com.omnidom.returns.sale.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * All sold lines. Returned quantities change only through {@link #reserveReturn} and {@link #releaseReturn},
 * each a single conditional update: concurrent returns of one line are decided by the database.
 */
public interface SoldLines {

    /** Records an order's lines under its number (null if it has none); lines already known are left as they are. */
    void recordSale(List<SoldLine> lines, String orderNumber, Instant soldAt);

    /** The orders that carry this number (several only where channels number alike), newest first. */
    List<OrderId> withNumber(String orderNumber);

    List<SoldLine> ofOrder(OrderId orderId);

    /** The channel that sold the order; empty if the order is not known or was recorded without it. */
    Optional<String> channelOf(OrderId orderId);

    Optional<SoldLine> find(OrderId orderId, String lineId);

    /** Adds the delivered units to their lines and keeps the delivery in the log. */
    void recordDelivery(Delivery delivery);

    /** Takes {@code quantity} units of the line into a return if that many are still returnable; false otherwise. */
    boolean reserveReturn(OrderId orderId, String lineId, int quantity);

    /** Gives units of a cancelled or short-received return back to the returnable quantity. */
    void releaseReturn(OrderId orderId, String lineId, int quantity);
}
