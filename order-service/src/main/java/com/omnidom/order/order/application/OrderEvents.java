package com.omnidom.order.order.application;

import com.omnidom.events.order.OrderAccepted;
import com.omnidom.order.order.domain.Delivery;
import com.omnidom.order.order.domain.Order;

import java.time.Instant;
import java.util.UUID;

/** Translates the order into its contract events: downstream services need nothing else from order-service. */
final class OrderEvents {

    private OrderEvents() {
    }

    static OrderAccepted accepted(Order o, Instant occurredAt) {
        var c = o.customer();
        Delivery d = o.delivery();
        var address = d.address() == null ? null : new OrderAccepted.Address(d.address().name(), d.address().street(),
                d.address().postalCode(), d.address().city(), d.address().country());
        var geo = d.geo() == null ? null : new OrderAccepted.GeoPoint(d.geo().latitude(), d.geo().longitude());
        return new OrderAccepted(UUID.randomUUID(), occurredAt, o.id().value(), o.orderNumber(),
                OrderAccepted.Channel.valueOf(o.channel().name()),
                new OrderAccepted.Customer(c.customerId(), c.name(), c.email(), c.phone(), c.language()),
                o.lines().stream().map(l -> new OrderAccepted.Line(l.lineId(), l.sku(), l.quantities().ordered(),
                        l.unitPrice(), l.taxRate())).toList(),
                o.currency(), o.total(),
                new OrderAccepted.Delivery(OrderAccepted.DeliveryMode.valueOf(d.mode().name()), address, geo,
                        d.pickupLocationId()),
                o.tenders().stream().map(t -> new OrderAccepted.Tender(t.tenderId(),
                        OrderAccepted.TenderType.valueOf(t.type().name()), t.amount(), t.reference())).toList(),
                o.priority());
    }
}
