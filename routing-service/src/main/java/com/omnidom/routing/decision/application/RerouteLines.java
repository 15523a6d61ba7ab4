package com.omnidom.routing.decision.application;

import com.omnidom.platform.events.PermanentEventFailure;
import com.omnidom.platform.outbox.Outbox;
import com.omnidom.routing.decision.domain.RoutingTrigger;
import com.omnidom.routing.fulfillment.application.FulfillmentEvents;
import com.omnidom.routing.fulfillment.application.FulfillmentLookup;
import com.omnidom.routing.fulfillment.application.FulfillmentView;
import com.omnidom.routing.fulfillment.domain.FulfillmentId;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrder;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Lines come back from a location (its allocation failed, or it rejected the fulfilment order): the fulfilment
 * ends, its capacity is given back, the location is excluded for this order, and the order is queued for the next
 * priority window, which routes the lines over the remaining locations. All in one transaction.
 */
@Service
public class RerouteLines {

    private static final Logger log = LoggerFactory.getLogger(RerouteLines.class);

    private final FulfillmentLookup lookup;
    private final FulfillmentOrders fulfillments;
    private final CapacityLedger capacity;
    private final Exclusions exclusions;
    private final RoutingQueue queue;
    private final Outbox outbox;
    private final Clock clock;

    public RerouteLines(FulfillmentLookup lookup, FulfillmentOrders fulfillments, CapacityLedger capacity,
                        Exclusions exclusions, RoutingQueue queue, Outbox outbox, Clock clock) {
        this.lookup = lookup;
        this.fulfillments = fulfillments;
        this.capacity = capacity;
        this.exclusions = exclusions;
        this.queue = queue;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The location rejects its fulfilment order (REST): 404 when unknown, 409 when its state does not allow it. */
    @Transactional
    public FulfillmentView reject(FulfillmentId id, String reason) {
        Instant now = clock.instant();
        FulfillmentOrder f = lookup.get(id);
        FulfillmentLookup.step(() -> f.reject(reason, now));
        fulfillments.flush();
        outbox.append(FulfillmentEvents.rejected(f, now));
        takeBack(f, "REJECTED: " + reason, RoutingTrigger.FULFILLMENT_REJECTED);
        return FulfillmentView.of(f);
    }

    /** Inventory could not allocate the fulfilment order: nothing of it is held, route its lines elsewhere. */
    @Transactional
    public void allocationFailed(FulfillmentId id, String reason) {
        FulfillmentOrder f = fulfillments.find(id)
                .orElseThrow(() -> new PermanentEventFailure("StockAllocationFailed for unknown fulfilment " + id));
        if (!f.noteAllocationFailed(clock.instant())) {
            // rejected meanwhile (and re-routed then), or a second failure for the same fulfilment
            log.info("stale StockAllocationFailed for fulfilment {} in status {}", id, f.status());
            return;
        }
        fulfillments.flush();
        takeBack(f, "ALLOCATION_FAILED" + (reason == null || reason.isBlank() ? "" : ": " + reason),
                RoutingTrigger.STOCK_ALLOCATION_FAILED);
    }

    /** The lines are no longer held: the next priority window routes them (what an order needs is derived). */
    private void takeBack(FulfillmentOrder f, String exclusionReason, RoutingTrigger trigger) {
        capacity.release(f.locationId(), f.capacityDay(), f.units());
        exclusions.exclude(f.orderId(), f.locationId(), abbreviated(exclusionReason));
        queue.enqueue(f.orderId(), trigger);
    }

    private static String abbreviated(String reason) {
        return reason.length() <= 64 ? reason : reason.substring(0, 64);
    }
}
