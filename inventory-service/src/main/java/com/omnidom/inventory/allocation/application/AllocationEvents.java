package com.omnidom.inventory.allocation.application;

import com.omnidom.events.inventory.Shortage;
import com.omnidom.events.inventory.StockAllocated;
import com.omnidom.events.inventory.StockAllocationFailed;
import com.omnidom.events.inventory.StockLine;
import com.omnidom.events.inventory.StockReleased;
import com.omnidom.inventory.allocation.domain.Allocation;
import com.omnidom.inventory.allocation.domain.AllocationLine;
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
                order.locationId().value(), lines(order.lines()));
    }

    static StockAllocationFailed failed(FulfillmentOrder order, List<LineShortage> shortages, Instant occurredAt) {
        return new StockAllocationFailed(UUID.randomUUID(), occurredAt, order.orderId(), order.fulfillmentId().value(),
                order.locationId().value(),
                shortages.stream().map(s -> new Shortage(s.lineId(), s.sku(), s.requested(), s.available())).toList(),
                INSUFFICIENT_STOCK);
    }

    static StockReleased released(Allocation allocation, List<AllocationLine> lines, String reason, Instant occurredAt) {
        return new StockReleased(UUID.randomUUID(), occurredAt, allocation.orderId(), allocation.id().value(),
                allocation.locationId().value(), lines(lines), reason);
    }

    private static List<StockLine> lines(List<AllocationLine> lines) {
        return lines.stream().map(l -> new StockLine(l.lineId(), l.sku(), l.quantity(), l.issued())).toList();
    }
}
