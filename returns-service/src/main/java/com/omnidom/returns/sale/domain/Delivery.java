package com.omnidom.returns.sale.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Units of an order's lines that left {@code locationId} to the customer, as one event reported them.
 *
 * @param eventId the reporting event: one delivery per event, however often it is delivered
 */
public record Delivery(UUID eventId, OrderId orderId, UUID fulfillmentId, String locationId, DeliveryKind kind,
                       List<DeliveredLine> lines, Instant deliveredAt) {

    public Delivery {
        lines = List.copyOf(lines);
    }

    public record DeliveredLine(String lineId, int quantity) {
    }
}
