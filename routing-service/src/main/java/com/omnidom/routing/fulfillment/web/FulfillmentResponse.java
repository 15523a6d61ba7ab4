package com.omnidom.routing.fulfillment.web;

import com.omnidom.routing.fulfillment.application.FulfillmentView;
import com.omnidom.routing.fulfillment.domain.FulfillmentMode;
import com.omnidom.routing.fulfillment.domain.FulfillmentStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A fulfilment order as a location sees it. */
public record FulfillmentResponse(UUID fulfillmentId, UUID orderId, String locationId, FulfillmentMode mode,
                           FulfillmentStatus status, List<Line> lines, boolean priority, String carrier,
                           String trackingNumber, String rejectionReason, boolean manual, Instant createdAt) {

    public record Line(String lineId, String sku, int quantity) {
    }

    /** One page, numbered from 0, oldest fulfilment first. */
    record Page(List<FulfillmentResponse> items, int page, int size, long totalItems, int totalPages) {
        static Page of(com.omnidom.kernel.Page<FulfillmentView> found) {
            return new Page(found.items().stream().map(FulfillmentResponse::of).toList(), found.page(), found.size(),
                    found.totalItems(), found.totalPages());
        }
    }

    public static FulfillmentResponse of(FulfillmentView v) {
        return new FulfillmentResponse(v.fulfillmentId(), v.orderId(), v.locationId(), v.mode(), v.status(),
                v.lines().stream().map(l -> new Line(l.lineId(), l.sku(), l.quantity())).toList(), v.priority(),
                v.carrier(), v.trackingNumber(), v.rejectionReason(), v.manual(), v.createdAt());
    }
}
