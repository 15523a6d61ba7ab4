package com.omnidom.web.fulfillment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A fulfilment order as routing-service shows it to the location working it. */
public record Fulfillment(UUID fulfillmentId, UUID orderId, String orderNumber, String locationId, String mode,
                          String status, List<Line> lines, boolean priority, String carrier, String trackingNumber,
                          String rejectionReason, Instant createdAt, ShipTo shipTo, LocalDate deliverBy,
                          boolean express) {

    /** What the location still has to do, in the order it does it. */
    static final List<String> OPEN = List.of("ASSIGNED", "ALLOCATED", "ACKNOWLEDGED", "READY_FOR_PICKUP");

    public record Line(String lineId, String sku, int quantity) {
    }

    public record ShipTo(String name, String street, String postalCode, String city, String country) {
    }

    public boolean pickup() {
        return "PICKUP".equals(mode);
    }

    public boolean canAcknowledge() {
        return "ALLOCATED".equals(status);
    }

    public boolean canReject() {
        return Set.of("ASSIGNED", "ALLOCATED", "ACKNOWLEDGED").contains(status);
    }

    /** Shipping or readying for pickup needs the stock confirmed (ALLOCATED); acknowledging first is optional. */
    public boolean inHand() {
        return Set.of("ALLOCATED", "ACKNOWLEDGED").contains(status);
    }

    public boolean canShip() {
        return !pickup() && inHand();
    }

    public boolean canReadyForPickup() {
        return pickup() && inHand();
    }

    public boolean canHandOver() {
        return pickup() && "READY_FOR_PICKUP".equals(status);
    }

    public int units() {
        return lines.stream().mapToInt(Line::quantity).sum();
    }

    /** The order number for people; the order id where the order came before routing kept numbers. */
    public String reference() {
        return orderNumber != null ? orderNumber : orderId.toString();
    }
}
