package com.omnidom.order.order.messaging;

import com.omnidom.events.ContractEvent;
import com.omnidom.events.EventType;
import com.omnidom.events.TopicSpec;
import com.omnidom.events.Topics;
import com.omnidom.events.routing.FulfillmentPickupExpired;
import com.omnidom.order.order.application.CancelExpiredPickup;
import com.omnidom.order.order.application.OrderProgress;
import com.omnidom.order.order.domain.FulfillmentId;
import com.omnidom.order.order.domain.Order;
import com.omnidom.order.order.domain.OrderId;
import com.omnidom.platform.consumer.EventHandlers;
import com.omnidom.platform.consumer.Subscriptions;
import com.omnidom.platform.events.PermanentEventFailure;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Folds every downstream event of an order into it, once per event id (inbox row and effects commit together).
 * All five topics are keyed by order id, so one order's events of one topic arrive in order; across topics they may
 * not, which the order aggregate tolerates (or waits for, see {@code ProgressAhead}).
 */
@Component
class OrderProgressListener implements EventHandlers {

    /** Every topic whose events an order folds; which events change it is {@link DownstreamEvents}' business. */
    private static final Set<TopicSpec> FOLDED = Set.of(Topics.FULFILLMENT_EVENTS, Topics.INVENTORY_EVENTS,
            Topics.PAYMENT_EVENTS, Topics.RETURN_EVENTS, Topics.NOTIFICATION_EVENTS);

    private final OrderProgress progress;
    private final CancelExpiredPickup expiredPickups;

    OrderProgressListener(OrderProgress progress, CancelExpiredPickup expiredPickups) {
        this.progress = progress;
        this.expiredPickups = expiredPickups;
    }

    // One consumer per topic (the platform binds each on its own): an event waiting for its prerequisite from another
    // topic is retried in place and holds up only its own topic, so the topic it waits for keeps moving.
    @Override
    public void subscribe(Subscriptions on) {
        Arrays.stream(EventType.values()).filter(type -> FOLDED.contains(type.topic()))
                .forEach(type -> on.event(type.recordType(), this::fold));
        // not a fact to fold but the order's own decision: it cancels the units and publishes OrderCancelled
        on.event(FulfillmentPickupExpired.class, expired -> expiredPickups.cancel(orderId(expired),
                new FulfillmentId(expired.fulfillmentId()), DownstreamEvents.fulfillmentLines(expired.lines()),
                expired.readySince(), expired.occurredAt()));
    }

    private void fold(ContractEvent event) {
        Consumer<Order> fact = DownstreamEvents.fact(event);
        if (fact != null) progress.fold(orderId(event), fact);
    }

    private static OrderId orderId(ContractEvent event) {
        try {
            return new OrderId(UUID.fromString(event.subject()));
        } catch (RuntimeException e) {
            throw new PermanentEventFailure("event " + event.eventId() + " names no order id", e);
        }
    }
}
