package com.omnidom.routing.decision.domain;

import com.omnidom.routing.fulfillment.domain.LineQuantity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The accepted orders routing has seen: delivery, channel, priority and open lines. Every change to what an order
 * needs (routing, cancel, manual assignment) first locks its row, so those changes of one order run one at a time
 * on any instance.
 */
public interface RoutedOrders {

    /** @return false when the order is known already (a re-published OrderAccepted): it is routed once */
    boolean insertIfAbsent(RoutedOrder order, Instant acceptedAt);

    Optional<RoutedOrder> find(UUID orderId);

    /** The order, its row locked until the transaction ends (waits for whoever holds it). */
    Optional<RoutedOrder> lock(UUID orderId);

    /** When the order was accepted (the order's time, as {@code OrderAccepted} said). */
    Optional<Instant> acceptedAt(UUID orderId);

    /** The order locked, or empty when unknown or someone else holds it now. */
    Optional<RoutedOrder> lockIfFree(UUID orderId);

    /** Orders accepted in [from, to), oldest first, at most {@code limit}. */
    List<Recorded> acceptedBetween(Instant from, Instant to, int limit);

    void updateLines(UUID orderId, List<LineQuantity> open);

    void updateDelivery(RoutedOrder order);

    /** An order as recorded, with the time it was accepted. */
    record Recorded(RoutedOrder order, Instant acceptedAt) {
    }
}
