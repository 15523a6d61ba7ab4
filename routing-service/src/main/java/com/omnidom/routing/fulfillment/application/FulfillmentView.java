package com.omnidom.routing.fulfillment.application;

import com.omnidom.routing.fulfillment.domain.FulfillmentMode;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrder;
import com.omnidom.routing.fulfillment.domain.FulfillmentStatus;
import com.omnidom.routing.fulfillment.domain.LineQuantity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A fulfilment order as read, detached from the persistence context. */
public record FulfillmentView(UUID fulfillmentId, UUID orderId, String locationId, FulfillmentMode mode,
                              FulfillmentStatus status, List<LineQuantity> lines, boolean priority, String carrier,
                              String trackingNumber, String rejectionReason, boolean manual, Instant createdAt) {

    public static FulfillmentView of(FulfillmentOrder f) {
        return new FulfillmentView(f.id().value(), f.orderId(), f.locationId(), f.mode(), f.status(), f.lines(),
                f.priority(), f.carrier(), f.trackingNumber(), f.rejectionReason(), f.manual(), f.createdAt());
    }
}
