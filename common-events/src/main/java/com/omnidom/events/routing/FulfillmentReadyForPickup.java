package com.omnidom.events.routing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.ContractLists;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The lines wait at the store for the customer to collect them.
 *
 * @param pickupCode the 6 digits the customer shows at the counter, for the customer's eyes only: the store checks
 *                   it at the handover (null only in events from before routing drew codes)
 */
public record FulfillmentReadyForPickup(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID fulfillmentId,
        String locationId,
        List<FulfillmentLine> lines,
        String pickupCode) implements ContractEvent {

    public FulfillmentReadyForPickup {
        lines = ContractLists.of(lines);
    }

    /** Without a pickup code: the parameter list before the code was added. */
    public FulfillmentReadyForPickup(UUID eventId, Instant occurredAt, UUID orderId, UUID fulfillmentId, String locationId,
                                     List<FulfillmentLine> lines) {
        this(eventId, occurredAt, orderId, fulfillmentId, locationId, lines, null);
    }

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
