package com.omnidom.routing.fulfillment.application;

import com.omnidom.events.routing.FulfillmentAcknowledged;
import com.omnidom.events.routing.FulfillmentAssigned;
import com.omnidom.events.routing.FulfillmentCancelled;
import com.omnidom.events.routing.FulfillmentLine;
import com.omnidom.events.routing.FulfillmentMode;
import com.omnidom.events.routing.FulfillmentPickedUp;
import com.omnidom.events.routing.FulfillmentPickupExpired;
import com.omnidom.events.routing.FulfillmentPickupReminderDue;
import com.omnidom.events.routing.FulfillmentReadyForPickup;
import com.omnidom.events.routing.FulfillmentRejected;
import com.omnidom.events.routing.FulfillmentShipped;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrder;
import com.omnidom.routing.fulfillment.domain.LineQuantity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Translates fulfilment orders into contract events at the edge: the aggregate never goes on the wire. */
public final class FulfillmentEvents {

    private FulfillmentEvents() {
    }

    public static FulfillmentAssigned assigned(FulfillmentOrder f, Instant now) {
        return new FulfillmentAssigned(UUID.randomUUID(), now, f.orderId(), f.id().value(), f.locationId(), lines(f.lines()),
                FulfillmentMode.valueOf(f.mode().name()), f.priority(), f.channel(), f.promisedBy(), f.manual());
    }

    public static FulfillmentCancelled cancelled(FulfillmentOrder f, List<LineQuantity> removed, String reason, Instant now) {
        return new FulfillmentCancelled(UUID.randomUUID(), now, f.orderId(), f.id().value(), f.locationId(), lines(removed),
                reason);
    }

    public static FulfillmentAcknowledged acknowledged(FulfillmentOrder f, Instant now) {
        return new FulfillmentAcknowledged(UUID.randomUUID(), now, f.orderId(), f.id().value(), f.locationId(), lines(f.lines()));
    }

    public static FulfillmentRejected rejected(FulfillmentOrder f, Instant now) {
        return new FulfillmentRejected(UUID.randomUUID(), now, f.orderId(), f.id().value(), f.locationId(), lines(f.lines()),
                f.rejectionReason());
    }

    public static FulfillmentShipped shipped(FulfillmentOrder f, Instant now) {
        return new FulfillmentShipped(UUID.randomUUID(), now, f.orderId(), f.id().value(), f.locationId(), lines(f.lines()),
                f.carrier(), f.trackingNumber());
    }

    public static FulfillmentReadyForPickup readyForPickup(FulfillmentOrder f, Instant now) {
        return new FulfillmentReadyForPickup(UUID.randomUUID(), now, f.orderId(), f.id().value(), f.locationId(), lines(f.lines()),
                f.pickupCode());
    }

    public static FulfillmentPickedUp pickedUp(FulfillmentOrder f, Instant now) {
        return new FulfillmentPickedUp(UUID.randomUUID(), now, f.orderId(), f.id().value(), f.locationId(), lines(f.lines()),
                FulfillmentPickedUp.Verification.valueOf(f.pickupVerification().name()));
    }

    /** With the customer's pickup code: {@code fulfillment.events.v1} is for Omnidom's services alone. */
    public static FulfillmentPickupReminderDue pickupReminderDue(FulfillmentOrder f, Instant heldUntil, Instant now) {
        return new FulfillmentPickupReminderDue(UUID.randomUUID(), now, f.orderId(), f.id().value(), f.locationId(),
                lines(f.lines()), f.pickupCode(), f.readySince(), heldUntil);
    }

    public static FulfillmentPickupExpired pickupExpired(FulfillmentOrder f, Instant now) {
        return new FulfillmentPickupExpired(UUID.randomUUID(), now, f.orderId(), f.id().value(), f.locationId(),
                lines(f.lines()), f.readySince());
    }

    public static List<FulfillmentLine> lines(List<LineQuantity> lines) {
        return lines.stream().map(l -> new FulfillmentLine(l.lineId(), l.sku(), l.quantity())).toList();
    }
}
