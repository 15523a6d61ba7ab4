package com.omnidom.order.order.application;

import com.omnidom.events.TaxCategory;
import com.omnidom.events.order.DeliveryAddressChanged;
import com.omnidom.events.order.OrderAccepted;
import com.omnidom.events.order.OrderCancelled;
import com.omnidom.events.order.OrderHeld;
import com.omnidom.events.order.OrderNoteAdded;
import com.omnidom.events.order.OrderRejected;
import com.omnidom.order.order.domain.Delivery;
import com.omnidom.order.order.domain.LineQuantity;
import com.omnidom.order.order.domain.Order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Translates the order into its contract events: downstream services need nothing else from order-service. */
final class OrderEvents {

    private OrderEvents() {
    }

    static OrderAccepted accepted(Order o, Instant occurredAt) {
        var c = o.customer();
        return new OrderAccepted(UUID.randomUUID(), occurredAt, o.id().value(), o.orderNumber(), channel(o),
                new OrderAccepted.Customer(c.customerId(), c.name(), c.email(), c.phone(), c.language()),
                o.lines().stream().map(l -> new OrderAccepted.Line(l.lineId(), l.sku(), l.quantities().ordered(),
                        l.unitPrice(), l.taxRate(),
                        l.taxCategory() == null ? null : TaxCategory.valueOf(l.taxCategory().name()), l.listPrice(),
                        l.discounts().stream().map(d -> new OrderAccepted.Discount(d.code(), d.name(), d.amount())).toList())).toList(),
                o.currency(), o.total(), delivery(o.delivery()),
                o.tenders().stream().map(t -> new OrderAccepted.Tender(t.tenderId(),
                        OrderAccepted.TenderType.valueOf(t.type().name()), t.amount(), t.reference())).toList(),
                o.priority(), o.replacesOrderId(),
                o.charges().stream().map(ch -> new OrderAccepted.Charge(ch.chargeId(),
                        OrderAccepted.ChargeType.valueOf(ch.type().name()), ch.name(), ch.amount(), ch.taxRate(),
                        ch.taxCategory() == null ? null : TaxCategory.valueOf(ch.taxCategory().name()),
                        ch.discounts().stream().map(d -> new OrderAccepted.Discount(d.code(), d.name(), d.amount())).toList())).toList());
    }

    static OrderHeld held(Order o, List<String> reasons, int ruleSetVersion, Instant at) {
        return new OrderHeld(UUID.randomUUID(), at, o.id().value(), o.orderNumber(), channel(o), reasons, ruleSetVersion);
    }

    static OrderRejected rejected(Order o, List<String> reasons, String decidedBy, Instant at) {
        return new OrderRejected(UUID.randomUUID(), at, o.id().value(), o.orderNumber(), channel(o), reasons, decidedBy);
    }

    static OrderCancelled cancelled(Order o, List<LineQuantity> lines, String reason, String by, Instant at) {
        return new OrderCancelled(UUID.randomUUID(), at, o.id().value(),
                lines.stream().map(l -> new OrderCancelled.CancelledLine(l.lineId(), l.sku(), l.quantity())).toList(),
                reason, by);
    }

    static DeliveryAddressChanged deliveryChanged(Order o, String by, Instant at) {
        return new DeliveryAddressChanged(UUID.randomUUID(), at, o.id().value(), delivery(o.delivery()), by);
    }

    static OrderNoteAdded noteAdded(Order o, String text, String author, Instant at) {
        return new OrderNoteAdded(UUID.randomUUID(), at, o.id().value(), text, author);
    }

    private static OrderAccepted.Channel channel(Order o) {
        return OrderAccepted.Channel.valueOf(o.channel().name());
    }

    private static OrderAccepted.Delivery delivery(Delivery d) {
        var address = d.address() == null ? null : new OrderAccepted.Address(d.address().name(), d.address().street(),
                d.address().postalCode(), d.address().city(), d.address().country());
        var geo = d.geo() == null ? null : new OrderAccepted.GeoPoint(d.geo().latitude(), d.geo().longitude());
        return new OrderAccepted.Delivery(OrderAccepted.DeliveryMode.valueOf(d.mode().name()), address, geo,
                d.pickupLocationId(), d.promiseDate(), d.express());
    }
}
