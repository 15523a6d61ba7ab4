package com.omnidom.events.order;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.ContractLists;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * These quantities of these lines are cancelled (a whole order: all its open quantities). Routing removes them
 * from fulfilment orders not yet shipped, payment releases their amount.
 */
public record OrderCancelled(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        List<CancelledLine> lines,
        String reason,
        String cancelledBy) implements ContractEvent {

    public OrderCancelled {
        lines = ContractLists.of(lines);
    }

    /** Units of one order line ({@code lineId} as in {@link OrderAccepted}) that are cancelled. */
    public record CancelledLine(String lineId, String sku, int quantity) {
    }

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
