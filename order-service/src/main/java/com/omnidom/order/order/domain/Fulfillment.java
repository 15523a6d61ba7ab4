package com.omnidom.order.order.domain;

import java.util.List;
import java.util.UUID;

/**
 * One location's part of the order as routing assigned it.
 *
 * @param allocatedLines what inventory allocated for it (empty until then): released again if the location rejects
 */
public record Fulfillment(UUID fulfillmentId, String locationId, FulfillmentStatus status,
                          List<LineQuantity> lines, List<LineQuantity> allocatedLines) {

    public Fulfillment {
        lines = lines == null ? List.of() : List.copyOf(lines);
        allocatedLines = allocatedLines == null ? List.of() : List.copyOf(allocatedLines);
    }

    Fulfillment withStatus(FulfillmentStatus next) {
        return new Fulfillment(fulfillmentId, locationId, next, lines, allocatedLines);
    }

    Fulfillment withAllocated(List<LineQuantity> allocated) {
        return new Fulfillment(fulfillmentId, locationId, status, lines, allocated);
    }
}
