package com.omnidom.events.routing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.ContractLists;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** No location can take these lines now: routing retries when availability changes and reports them unroutable after {@code retryUntil}. */
public record FulfillmentDeferred(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        List<FulfillmentLine> lines,
        String reason,
        Instant retryUntil) implements ContractEvent {

    public FulfillmentDeferred {
        lines = ContractLists.of(lines);
    }

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
