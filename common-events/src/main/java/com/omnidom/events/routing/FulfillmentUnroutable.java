package com.omnidom.events.routing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.ContractLists;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** No location can fulfil these lines now (no stock, capacity or capability left after exclusions). */
public record FulfillmentUnroutable(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        List<FulfillmentLine> lines,
        String reason) implements ContractEvent {

    public FulfillmentUnroutable {
        lines = ContractLists.of(lines);
    }

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
