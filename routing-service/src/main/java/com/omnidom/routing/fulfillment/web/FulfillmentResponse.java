package com.omnidom.routing.fulfillment.web;

import com.omnidom.routing.fulfillment.application.FulfillmentView;
import com.omnidom.routing.fulfillment.domain.FulfillmentMode;
import com.omnidom.routing.fulfillment.domain.FulfillmentStatus;
import com.omnidom.routing.fulfillment.application.ShipTo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A fulfilment order as a location sees it, with what it needs of the order to work it: the order number for people,
 * the recipient and address (a PICKUP: the name only), the promised day and express. Never e-mail, phone or prices.
 * The four are null (express false) for an order accepted before routing kept them.
 */
public record FulfillmentResponse(UUID fulfillmentId, UUID orderId, String orderNumber, String locationId,
                                  FulfillmentMode mode, FulfillmentStatus status, List<Line> lines, boolean priority,
                                  String carrier, String trackingNumber, String rejectionReason, boolean manual,
                                  Instant createdAt, ShipToResponse shipTo, LocalDate deliverBy, boolean express) {

    public record Line(String lineId, String sku, int quantity) {
    }

    /** The recipient; a PICKUP order has the name only. */
    public record ShipToResponse(String name, String street, String postalCode, String city, String country) {
    }

    /** One page, numbered from 0, oldest fulfilment first. */
    record Page(List<FulfillmentResponse> items, int page, int size, long totalItems, int totalPages) {
        static Page of(com.omnidom.kernel.Page<FulfillmentView> found, Map<UUID, ShipTo> shipTos) {
            return new Page(found.items().stream().map(v -> FulfillmentResponse.of(v, shipTos.get(v.orderId()))).toList(),
                    found.page(), found.size(), found.totalItems(), found.totalPages());
        }
    }

    public static FulfillmentResponse of(FulfillmentView v, ShipTo shipTo) {
        return new FulfillmentResponse(v.fulfillmentId(), v.orderId(), shipTo == null ? null : shipTo.orderNumber(),
                v.locationId(), v.mode(), v.status(),
                v.lines().stream().map(l -> new Line(l.lineId(), l.sku(), l.quantity())).toList(), v.priority(),
                v.carrier(), v.trackingNumber(), v.rejectionReason(), v.manual(), v.createdAt(),
                shipTo == null ? null : new ShipToResponse(shipTo.name(), shipTo.street(), shipTo.postalCode(),
                        shipTo.city(), shipTo.country()),
                shipTo == null ? null : shipTo.deliverBy(), shipTo != null && shipTo.express());
    }
}
