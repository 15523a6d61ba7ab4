package com.omnidom.events.inventory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.ContractLists;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A fulfilment order could not be allocated; nothing of it was allocated. Routing re-routes its lines. */
public record StockAllocationFailed(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID fulfillmentId,
        String locationId,
        List<Shortage> shortages,
        String reason) implements ContractEvent {

    public StockAllocationFailed {
        shortages = ContractLists.of(shortages);
    }

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
