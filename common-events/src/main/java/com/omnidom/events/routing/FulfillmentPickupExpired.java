package com.omnidom.events.routing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.ContractLists;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The customer did not collect within the hold time of the location's type: the location gives the lines up and no
 * longer hands them over. Order-service cancels exactly these units (an order-cancelled with reason
 * {@value #CANCELLATION_REASON}), so routing takes them off the fulfilment order (fulfillment-cancelled: inventory
 * releases the stock), payment releases their authorisation and notification tells the customer.
 *
 * @param readySince when the location made it ready
 */
public record FulfillmentPickupExpired(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID fulfillmentId,
        String locationId,
        List<FulfillmentLine> lines,
        Instant readySince) implements ContractEvent {

    /** The reason of the order-cancelled that follows: the units of a pickup nobody collected. */
    public static final String CANCELLATION_REASON = "PICKUP_EXPIRED";

    public FulfillmentPickupExpired {
        lines = ContractLists.of(lines);
    }

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
