package com.omnidom.routing.decision.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Orders waiting for the next priority window. One entry per order (a second reason to route it while it waits adds
 * nothing: what to route is derived when it is drained); VIP first, then by acceptance time.
 */
public interface QueuedOrders {

    /** Published (as an application event, in the queuing transaction) when orders were queued: wakes the drainer. */
    record Queued() {
    }

    void enqueue(UUID orderId, RoutingTrigger trigger);

    /**
     * Every order with a deferred line of this SKU: stock may have arrived for it. Takes the SKU's deferral lock
     * first ({@link #lockDeferrals}), so a decision deferring lines of it either committed them or sees this growth.
     *
     * @return orders queued
     */
    int enqueueDeferred(String sku);

    /** Takes these SKUs' deferral locks (in a fixed order, no deadlock), held to the end of the transaction. */
    void lockDeferrals(Collection<String> skus);

    /** Every order with a deferred line. @return orders queued */
    int enqueueAllDeferred();

    /** The next orders to route, VIP first, then the earliest accepted. */
    List<UUID> next(int limit);

    /** Routing the order failed: it waits 200 ms doubling per attempt, at most a minute, before the next try. */
    void backOff(UUID orderId);

    /** Takes the order off the queue. @return why it was queued; empty when someone else took it meanwhile */
    Optional<RoutingTrigger> take(UUID orderId);
}
