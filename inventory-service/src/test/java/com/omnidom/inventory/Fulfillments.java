package com.omnidom.inventory;

import com.omnidom.events.returns.ReturnLine;
import com.omnidom.events.returns.ReturnReceived;
import com.omnidom.events.routing.FulfillmentAssigned;
import com.omnidom.events.routing.FulfillmentCancelled;
import com.omnidom.events.routing.FulfillmentLine;
import com.omnidom.events.routing.FulfillmentMode;
import com.omnidom.events.routing.FulfillmentPickedUp;
import com.omnidom.events.routing.FulfillmentPickupExpired;
import com.omnidom.events.routing.FulfillmentReadyForPickup;
import com.omnidom.events.routing.FulfillmentRejected;
import com.omnidom.events.routing.FulfillmentShipped;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Other services' events as their producers write them, for one order and one location. */
public record Fulfillments(UUID orderId, String locationId) {

    public static Fulfillments anOrderAt(String locationId) {
        return new Fulfillments(UUID.randomUUID(), locationId);
    }

    public static FulfillmentLine line(String lineId, String sku, int quantity) {
        return new FulfillmentLine(lineId, sku, quantity);
    }

    public FulfillmentAssigned assigned(UUID fulfillmentId, FulfillmentLine... lines) {
        return new FulfillmentAssigned(UUID.randomUUID(), Instant.now(), orderId, fulfillmentId, locationId, List.of(lines),
                FulfillmentMode.SHIP, false);
    }

    /** Assigned for an order of {@code channel}. */
    public FulfillmentAssigned assignedFor(String channel, UUID fulfillmentId, FulfillmentLine... lines) {
        return new FulfillmentAssigned(UUID.randomUUID(), Instant.now(), orderId, fulfillmentId, locationId, List.of(lines),
                FulfillmentMode.SHIP, false, channel, null, false);
    }

    /** Rejected without a reason that touches the goods (NO_CAPACITY releases them). */
    public FulfillmentRejected rejected(UUID fulfillmentId, FulfillmentLine... lines) {
        return rejected(fulfillmentId, "NO_CAPACITY", lines);
    }

    public FulfillmentRejected rejected(UUID fulfillmentId, String reason, FulfillmentLine... lines) {
        return new FulfillmentRejected(UUID.randomUUID(), Instant.now(), orderId, fulfillmentId, locationId, List.of(lines),
                reason);
    }

    public FulfillmentCancelled cancelled(UUID fulfillmentId, FulfillmentLine... lines) {
        return new FulfillmentCancelled(UUID.randomUUID(), Instant.now(), orderId, fulfillmentId, locationId, List.of(lines),
                "CUSTOMER_REQUEST");
    }

    /** A click-and-collect fulfilment order: the goods wait at this store for the customer. */
    public FulfillmentAssigned assignedForPickup(UUID fulfillmentId, FulfillmentLine... lines) {
        return new FulfillmentAssigned(UUID.randomUUID(), Instant.now(), orderId, fulfillmentId, locationId, List.of(lines),
                FulfillmentMode.PICKUP, false);
    }

    public FulfillmentReadyForPickup readyForPickup(UUID fulfillmentId, FulfillmentLine... lines) {
        return new FulfillmentReadyForPickup(UUID.randomUUID(), Instant.now(), orderId, fulfillmentId, locationId,
                List.of(lines), "042917");
    }

    /** Nobody collected it in time (routing's event; order-service's cancellation of its units follows). */
    public FulfillmentPickupExpired pickupExpired(UUID fulfillmentId, FulfillmentLine... lines) {
        return new FulfillmentPickupExpired(UUID.randomUUID(), Instant.now(), orderId, fulfillmentId, locationId,
                List.of(lines), Instant.now().minusSeconds(7 * 86_400));
    }

    /** Units taken off the fulfilment order by an order cancellation with this reason. */
    public FulfillmentCancelled cancelled(UUID fulfillmentId, String reason, FulfillmentLine... lines) {
        return new FulfillmentCancelled(UUID.randomUUID(), Instant.now(), orderId, fulfillmentId, locationId, List.of(lines),
                reason);
    }

    public FulfillmentShipped shipped(UUID fulfillmentId, FulfillmentLine... lines) {
        return new FulfillmentShipped(UUID.randomUUID(), Instant.now(), orderId, fulfillmentId, locationId, List.of(lines),
                "DHL", "00340434161094015902");
    }

    public FulfillmentPickedUp pickedUp(UUID fulfillmentId, FulfillmentLine... lines) {
        return new FulfillmentPickedUp(UUID.randomUUID(), Instant.now(), orderId, fulfillmentId, locationId, List.of(lines));
    }

    public ReturnReceived returned(ReturnLine... lines) {
        return new ReturnReceived(UUID.randomUUID(), Instant.now(), orderId, UUID.randomUUID(), locationId, List.of(lines),
                "EUR", new BigDecimal("19.99"));
    }
}
