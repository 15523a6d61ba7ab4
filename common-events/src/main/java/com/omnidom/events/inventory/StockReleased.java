package com.omnidom.events.inventory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.ContractLists;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An allocation was given back to the location's stock (its fulfilment order was cancelled or rejected). */
public record StockReleased(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID fulfillmentId,
        String locationId,
        List<StockLine> lines,
        String reason) implements ContractEvent {

    public StockReleased {
        lines = ContractLists.of(lines);
    }

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
