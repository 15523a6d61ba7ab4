package com.omnidom.events.routing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.ContractLists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The state of one fulfilment order of a partner's location (drop shipper, franchise partner), for that partner only:
 * published on the partner's own topic ({@code partner.<partnerId>.fulfillment-orders.v1}), keyed by fulfilment id.
 * It carries what the partner needs to do the work and nothing else: no prices, no tenders or payment references, no
 * customer e-mail or phone (Omnidom tells the customer; carriers get the ship-to address), nothing of other locations.
 *
 * @param orderNumber    the channel's order number, for people (packing slip, the customer's questions)
 * @param status         what the partner is to do now; see {@link Status}
 * @param lines          what the fulfilment order holds now (after cancellations); empty once CANCELLED
 * @param cancelledLines what this change took out (a cancellation); empty for every other change
 * @param shipTo         the customer's delivery address (SHIP), or the customer's name only (PICKUP); null when unknown
 * @param deliverBy      the day delivery (or pickup readiness) was promised to the customer; null = nothing promised
 * @param express        the customer chose express delivery
 */
public record PartnerFulfillmentOrderChanged(
        UUID eventId,
        Instant occurredAt,
        UUID fulfillmentId,
        UUID orderId,
        String orderNumber,
        String partnerId,
        String locationId,
        Status status,
        List<FulfillmentLine> lines,
        List<FulfillmentLine> cancelledLines,
        FulfillmentMode mode,
        ShipTo shipTo,
        LocalDate deliverBy,
        boolean express) implements ContractEvent {

    public PartnerFulfillmentOrderChanged {
        lines = ContractLists.of(lines);
        cancelledLines = ContractLists.of(cancelledLines);
    }

    /**
     * ASSIGNED: new, or changed (see {@code cancelledLines}) before the partner acknowledged it: work it. ACKNOWLEDGED,
     * REJECTED, SHIPPED, READY_FOR_PICKUP, PICKED_UP: the partner's own steps, confirmed. CANCELLED: the customer
     * cancelled every line: stop. WITHDRAWN: Omnidom took the fulfilment order back (stock could not be allocated) and
     * routes it elsewhere: stop.
     */
    public enum Status { ASSIGNED, ACKNOWLEDGED, REJECTED, SHIPPED, READY_FOR_PICKUP, PICKED_UP, CANCELLED, WITHDRAWN }

    /** Where the goods go; {@code name} is the recipient. Only {@code name} is set for a PICKUP. */
    public record ShipTo(String name, String street, String postalCode, String city, String country) {
    }

    @Override
    @JsonIgnore
    public String subject() {
        return fulfillmentId.toString();
    }
}
