package com.omnidom.events.routing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.ContractLists;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Routing chose {@code locationId} to fulfil these lines: a fulfilment order now exists there (inventory allocates on it).
 *
 * @param channel    the order's channel (e.g. {@code WEB_SHOP}): inventory draws on that channel's reservation first; null = none
 * @param promisedBy null = from stock on hand now; else in-transit stock arriving by then may be used
 * @param manual     an operator assigned it, possibly overriding fences
 */
public record FulfillmentAssigned(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID fulfillmentId,
        String locationId,
        List<FulfillmentLine> lines,
        FulfillmentMode mode,
        boolean priority,
        String channel,
        Instant promisedBy,
        boolean manual) implements ContractEvent {

    public FulfillmentAssigned {
        lines = ContractLists.of(lines);
    }

    /** An automatic assignment from stock on hand, without a channel: the parameter list before the channel was added. */
    public FulfillmentAssigned(UUID eventId, Instant occurredAt, UUID orderId, UUID fulfillmentId, String locationId,
                               List<FulfillmentLine> lines, FulfillmentMode mode, boolean priority) {
        this(eventId, occurredAt, orderId, fulfillmentId, locationId, lines, mode, priority, null, null, false);
    }

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
