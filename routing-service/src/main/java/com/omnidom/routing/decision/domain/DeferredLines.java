package com.omnidom.routing.decision.domain;

import com.omnidom.routing.fulfillment.domain.LineQuantity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Lines no location could take: DEFERRED until {@code retryUntil}, then UNROUTABLE. Called with the order's row
 * locked ({@link RoutedOrders#lock}), so the lines of one order change one transaction at a time.
 */
public interface DeferredLines {

    /** The order's deferred and unroutable lines by line id. */
    Map<String, Deferred> of(UUID orderId);

    /**
     * Defers these lines: a line deferred before keeps its deadline (a retry does not extend it).
     *
     * @return the lines deferred for the first time now
     */
    List<LineQuantity> defer(UUID orderId, List<LineQuantity> lines, String reason, Instant now, Instant retryUntil);

    /**
     * Keeps the lines true to what is still without a location: lines no longer uncovered go, the others get the
     * uncovered quantity.
     */
    void reconcile(UUID orderId, List<LineQuantity> uncovered);

    /** Orders with deferred lines past their deadline (some of them, oldest deadline first). */
    List<UUID> ordersPastDeadline(Instant now, int limit);

    /** Marks the order's deferred lines past their deadline UNROUTABLE. @return those lines with their last reason */
    List<Deferred> markUnroutable(UUID orderId, Instant now);

    /** A deferred line as stored. */
    record Deferred(String lineId, String sku, int quantity, boolean unroutable, String reason, Instant retryUntil) {
    }
}
