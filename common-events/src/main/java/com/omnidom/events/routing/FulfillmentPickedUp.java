package com.omnidom.events.routing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.ContractLists;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The customer collected the lines at the store.
 *
 * @param verification how the store made sure it handed the goods to the customer (null only in events from before
 *                     the handover was checked)
 */
public record FulfillmentPickedUp(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID fulfillmentId,
        String locationId,
        List<FulfillmentLine> lines,
        Verification verification) implements ContractEvent {

    /** The customer showed the pickup code of the ready-for-pickup event, or had none and staff checked an identity document. */
    public enum Verification { PICKUP_CODE, IDENTITY_CHECK }

    public FulfillmentPickedUp {
        lines = ContractLists.of(lines);
    }

    /** Without a verification: the parameter list before the handover was checked. */
    public FulfillmentPickedUp(UUID eventId, Instant occurredAt, UUID orderId, UUID fulfillmentId, String locationId,
                               List<FulfillmentLine> lines) {
        this(eventId, occurredAt, orderId, fulfillmentId, locationId, lines, null);
    }

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
