package com.omnidom.order.order.application;

import com.omnidom.events.routing.FulfillmentPickupExpired;
import com.omnidom.order.order.domain.FulfillmentId;
import com.omnidom.order.order.domain.LineQuantity;
import com.omnidom.order.order.domain.Order;
import com.omnidom.order.order.domain.OrderId;
import com.omnidom.platform.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Routing gave up a pickup nobody collected in time ({@code FulfillmentPickupExpired}): the order cancels exactly its
 * units, with reason {@value #REASON} by {@value #BY}, and publishes the cancellation as a service agent's would
 * ({@code OrderCancelled}): routing takes the units off the expired fulfilment order (inventory releases their stock at
 * the store), payment releases their authorisation, notification tells the customer. Units waiting at the store can be
 * cancelled this way only: the store gave them up. In the event's inbox transaction, the order's row locked. Not counted
 * in {@code omnidom_orders_cancelled_total} (customer service's cancellations): routing counts expired pickups.
 */
@Service
public class CancelExpiredPickup {

    public static final String REASON = FulfillmentPickupExpired.CANCELLATION_REASON;
    /** Who cancelled, in the order's timeline and {@code OrderCancelled.cancelledBy}: no person, the pickup's hold. */
    public static final String BY = "pickup-expiry";

    private final OrderProgress progress;
    private final Outbox outbox;
    private final Clock clock;

    public CancelExpiredPickup(OrderProgress progress, Outbox outbox, Clock clock) {
        this.progress = progress;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @param units what the pickup held, as routing reports it */
    @Transactional
    public void cancel(OrderId id, FulfillmentId pickup, List<LineQuantity> units, Instant readySince, Instant expiredAt) {
        AtomicReference<Order> cancelledOn = new AtomicReference<>();
        AtomicReference<List<LineQuantity>> cancelled = new AtomicReference<>();
        progress.fold(id, order -> {
            cancelled.set(order.expirePickup(pickup, units, readySince, REASON, BY, expiredAt));
            cancelledOn.set(order);
        });
        outbox.append(OrderEvents.cancelled(cancelledOn.get(), cancelled.get(), REASON, BY, clock.instant()));
    }
}
