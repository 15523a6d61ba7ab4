package com.omnidom.events.routing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.ContractLists;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A pickup has waited at its location for the reminder time of the location's type and was not collected: the customer
 * is reminded, once, where it waits, with the code and until when it is held.
 *
 * @param pickupCode the code of the ready-for-pickup event, for the customer's eyes only (null when it was made ready
 *                   before routing drew codes)
 * @param readySince when the location made it ready
 * @param heldUntil  when it expires if still not collected ({@link FulfillmentPickupExpired} then)
 */
public record FulfillmentPickupReminderDue(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID fulfillmentId,
        String locationId,
        List<FulfillmentLine> lines,
        String pickupCode,
        Instant readySince,
        Instant heldUntil) implements ContractEvent {

    public FulfillmentPickupReminderDue {
        lines = ContractLists.of(lines);
    }

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
