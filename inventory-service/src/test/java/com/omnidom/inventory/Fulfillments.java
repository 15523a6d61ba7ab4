package com.omnidom.inventory;

import com.omnidom.events.returns.ReturnLine;
import com.omnidom.events.returns.ReturnReceived;
import com.omnidom.events.routing.FulfillmentAssigned;
import com.omnidom.events.routing.FulfillmentLine;
import com.omnidom.events.routing.FulfillmentMode;
import com.omnidom.events.routing.FulfillmentPickedUp;
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

    public FulfillmentRejected rejected(UUID fulfillmentId, FulfillmentLine... lines) {
        return new FulfillmentRejected(UUID.randomUUID(), Instant.now(), orderId, fulfillmentId, locationId, List.of(lines),
                "NOT_FOUND");
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
