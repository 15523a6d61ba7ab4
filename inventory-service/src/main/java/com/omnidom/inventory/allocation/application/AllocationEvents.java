package com.omnidom.inventory.allocation.application;

import com.omnidom.events.inventory.Shortage;
import com.omnidom.events.inventory.StockAllocated;
import com.omnidom.events.inventory.StockAllocationFailed;
import com.omnidom.events.inventory.StockLine;
import com.omnidom.inventory.allocation.domain.FulfillmentOrder;
import com.omnidom.inventory.allocation.domain.LineShortage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Allocation decisions as contract events on inventory.events.v1 (keyed by order id). */
final class AllocationEvents {

    /** The reason of every failure so far: some line had fewer units available than requested. */
    static final String INSUFFICIENT_STOCK = "INSUFFICIENT_STOCK";

    private AllocationEvents() {
    }

    static StockAllocated allocated(FulfillmentOrder order, Instant occurredAt) {
        return new StockAllocated(UUID.randomUUID(), occurredAt, order.orderId(), order.fulfillmentId().value(),
                order.locationId().value(),
                order.lines().stream().map(l -> new StockLine(l.lineId(), l.sku(), l.quantity())).toList());
    }

    static StockAllocationFailed failed(FulfillmentOrder order, List<LineShortage> shortages, Instant occurredAt) {
        return new StockAllocationFailed(UUID.randomUUID(), occurredAt, order.orderId(), order.fulfillmentId().value(),
                order.locationId().value(),
                shortages.stream().map(s -> new Shortage(s.lineId(), s.sku(), s.requested(), s.available())).toList(),
                INSUFFICIENT_STOCK);
    }
}
