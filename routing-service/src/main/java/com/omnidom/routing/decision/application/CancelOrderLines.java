package com.omnidom.routing.decision.application;

import com.omnidom.platform.outbox.Outbox;
import com.omnidom.routing.decision.domain.DeferredLines;
import com.omnidom.routing.decision.domain.LocationCapacities;
import com.omnidom.routing.decision.domain.OpenLines;
import com.omnidom.routing.decision.domain.RoutedOrder;
import com.omnidom.routing.decision.domain.RoutedOrders;
import com.omnidom.routing.fulfillment.application.FulfillmentEvents;
import com.omnidom.routing.fulfillment.application.FulfillmentMeters;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrder;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrders;
import com.omnidom.routing.fulfillment.domain.FulfillmentStatus;
import com.omnidom.routing.fulfillment.domain.LineQuantity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The customer (or the shop) cancelled quantities of an order's lines. Units of an expired pickup (the cancellation
 * order-service makes of them, reason PICKUP_EXPIRED) go first; units not yet routed (waiting, deferred,
 * unroutable) simply go; units in fulfilment orders still at their location leave them ({@code FulfillmentCancelled}
 * per fulfilment, which frees the stock at inventory; a fulfilment left without lines is CANCELLED) and the
 * location's capacity is given back; units already shipped or picked up stay as they are. One transaction with the
 * order's row locked, so no routing of the same order runs meanwhile.
 */
@Service
public class CancelOrderLines {

    private static final Logger log = LoggerFactory.getLogger(CancelOrderLines.class);

    private final RoutedOrders routedOrders;
    private final FulfillmentOrders fulfillments;
    private final DeferredLines deferredLines;
    private final LocationCapacities capacity;
    private final Outbox outbox;
    private final FulfillmentMeters meters;
    private final Clock clock;

    public CancelOrderLines(RoutedOrders routedOrders, FulfillmentOrders fulfillments, DeferredLines deferredLines,
                            LocationCapacities capacity, Outbox outbox, FulfillmentMeters meters, Clock clock) {
        this.routedOrders = routedOrders;
        this.fulfillments = fulfillments;
        this.deferredLines = deferredLines;
        this.capacity = capacity;
        this.outbox = outbox;
        this.meters = meters;
        this.clock = clock;
    }

    /** @return the fulfilment orders that gave up lines */
    @Transactional
    public List<FulfillmentOrder> cancel(UUID orderId, List<LineQuantity> cancelled, String reason) {
        RoutedOrder order = routedOrders.lock(orderId).orElse(null);
        if (order == null) {
            // never accepted (held, rejected) or not yet: there is nothing of it at any location
            log.info("cancellation of order {} that routing never saw: nothing to do", orderId);
            return List.of();
        }
        Instant now = clock.instant();
        List<FulfillmentOrder> ofOrder = fulfillments.findByOrderIdOrderByCreatedAtAscIdAsc(orderId);
        OpenLines.Cancellation cancellation = OpenLines.cancel(order.lines(), OpenLines.held(ofOrder), cancelled);
        routedOrders.updateLines(orderId, cancellation.open());

        List<FulfillmentOrder> changed = new ArrayList<>();
        for (FulfillmentOrder f : ofOrder) {
            Map<String, Integer> units = cancellation.fromFulfillments().get(f.id().value());
            if (units == null) continue;
            List<LineQuantity> removed = f.cancel(units, now);
            if (removed.isEmpty()) continue;
            fulfillments.flush();
            int freedUnits = removed.stream().mapToInt(LineQuantity::quantity).sum();
            capacity.release(f.locationId(), f.capacityDay(), f.ended() ? 1 : 0, freedUnits);
            outbox.append(FulfillmentEvents.cancelled(f, removed, reason == null || reason.isBlank() ? "ORDER_CANCELLED" : reason, now));
            if (f.status() == FulfillmentStatus.CANCELLED) meters.cancelled(f);
            changed.add(f);
        }
        deferredLines.reconcile(orderId, OpenLines.uncovered(cancellation.open(), OpenLines.held(ofOrder)));
        return changed;
    }
}
