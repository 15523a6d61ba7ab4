package com.omnidom.routing.decision.application;

import com.omnidom.routing.decision.domain.Exclusions;
import com.omnidom.routing.decision.domain.LocationCapacities;
import com.omnidom.routing.decision.domain.QueuedOrders;
import com.omnidom.routing.decision.domain.RoutingTrigger;
import com.omnidom.routing.fulfillment.application.ReturnedLines;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrder;
import org.springframework.stereotype.Service;

/**
 * Lines come back from a location (it rejected the fulfilment order, or its allocation failed): its capacity is
 * given back, the location is excluded for this order, and the order is queued for the next priority window, which
 * routes the lines over the remaining locations. In the transaction that ended the fulfilment.
 */
@Service
class RerouteLines implements ReturnedLines {

    private final LocationCapacities capacities;
    private final Exclusions exclusions;
    private final QueuedOrders queue;

    RerouteLines(LocationCapacities capacities, Exclusions exclusions, QueuedOrders queue) {
        this.capacities = capacities;
        this.exclusions = exclusions;
        this.queue = queue;
    }

    @Override
    public void noteReturned(FulfillmentOrder ended, Why why, String detail) {
        String reason = switch (why) {
            case REJECTED -> "REJECTED: " + detail;
            case ALLOCATION_FAILED -> "ALLOCATION_FAILED" + (detail == null || detail.isBlank() ? "" : ": " + detail);
        };
        capacities.release(ended.locationId(), ended.capacityDay(), ended.units());
        exclusions.exclude(ended.orderId(), ended.locationId(), abbreviated(reason));
        // the lines are no longer held: the next priority window routes them (what an order needs is derived)
        queue.enqueue(ended.orderId(), why == Why.REJECTED ? RoutingTrigger.FULFILLMENT_REJECTED
                : RoutingTrigger.STOCK_ALLOCATION_FAILED);
    }

    private static String abbreviated(String reason) {
        return reason.length() <= 64 ? reason : reason.substring(0, 64);
    }
}
