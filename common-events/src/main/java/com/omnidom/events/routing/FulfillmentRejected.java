package com.omnidom.events.routing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.ContractLists;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The location refused its fulfilment order (e.g. {@code NOT_FOUND}, {@code DAMAGED}, {@code NO_CAPACITY}); routing re-routes the lines elsewhere. */
public record FulfillmentRejected(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID fulfillmentId,
        String locationId,
        List<FulfillmentLine> lines,
        String reason) implements ContractEvent {

    public FulfillmentRejected {
        lines = ContractLists.of(lines);
    }

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
