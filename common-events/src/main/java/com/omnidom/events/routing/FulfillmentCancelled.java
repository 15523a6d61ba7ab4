package com.omnidom.events.routing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.ContractLists;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** These quantities leave the fulfilment order before shipment (order cancelled): inventory releases them, the location's capacity is freed. */
public record FulfillmentCancelled(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID fulfillmentId,
        String locationId,
        List<FulfillmentLine> lines,
        String reason) implements ContractEvent {

    public FulfillmentCancelled {
        lines = ContractLists.of(lines);
    }

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
