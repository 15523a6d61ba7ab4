package com.omnidom.inventory.allocation.domain;

import com.omnidom.inventory.stock.domain.InvalidStock;
import com.omnidom.inventory.stock.domain.LocationId;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What routing asked this location to fulfil: the lines to allocate, all or nothing.
 *
 * @param channel    the order's channel: its reservation is drawn on first (null = none)
 * @param promisedBy null = from stock on hand now; service slots must start by then
 */
public record FulfillmentOrder(UUID orderId, FulfillmentId fulfillmentId, LocationId locationId, List<AllocationLine> lines,
                               String channel, Instant promisedBy) {

    public FulfillmentOrder {
        if (orderId == null) throw new InvalidStock("orderId", "is required");
        if (fulfillmentId == null) throw new InvalidStock("fulfillmentId", "is required");
        if (locationId == null) throw new InvalidStock("locationId", "is required");
        if (lines == null || lines.isEmpty()) throw new InvalidStock("lines", "must not be empty");
        lines = List.copyOf(lines);
        Set<String> ids = new HashSet<>();
        for (AllocationLine line : lines) {
            if (!ids.add(line.lineId())) throw new InvalidStock("lines.lineId", "must be unique (" + line.lineId() + ")");
        }
        if (channel != null && channel.isBlank()) channel = null;
    }

    public FulfillmentOrder(UUID orderId, FulfillmentId fulfillmentId, LocationId locationId, List<AllocationLine> lines) {
        this(orderId, fulfillmentId, locationId, lines, null, null);
    }

    /** The lines in the order their stock rows are locked (by article), so concurrent allocations never deadlock. */
    public List<AllocationLine> inLockOrder() {
        return lines.stream().sorted(AllocationLine.LOCK_ORDER).toList();
    }

    /** The same order with its lines as allocated. */
    public FulfillmentOrder withLines(List<AllocationLine> allocated) {
        return new FulfillmentOrder(orderId, fulfillmentId, locationId, allocated, channel, promisedBy);
    }
}
