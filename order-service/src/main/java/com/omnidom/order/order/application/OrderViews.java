package com.omnidom.order.order.application;

import com.omnidom.order.order.domain.LineQuantities;
import com.omnidom.order.order.domain.Order;
import org.springframework.stereotype.Component;

/** Renders an order for reading; call inside the transaction that loaded it (lines load lazily). */
@Component
class OrderViews {

    private final Timeline timeline;
    private final TimelineWording wording;

    OrderViews(Timeline timeline, TimelineWording wording) {
        this.timeline = timeline;
        this.wording = wording;
    }

    /** The order with its timeline as recorded (record what it noted first). */
    OrderView of(Order o) {
        return new OrderView(o.id().value(), o.orderNumber(), o.channel(), o.status(), o.currency(), o.total(), o.priority(),
                o.customer(), o.delivery(),
                o.tenders().stream().map(t -> new OrderView.TenderView(t.tenderId(), t.type(), t.amount(), t.reference(), t.fingerprint())).toList(),
                o.lines().stream().map(l -> new OrderView.LineView(l.lineId(), l.sku(), l.unitPrice(), l.taxRate(),
                        quantities(l.quantities()), l.taxCategory(),
                        l.bundleLine() == null ? null : new OrderView.Bundle(l.bundleLine(), l.bundleSku()), l.listPrice(),
                        l.discounts().stream().map(d -> new OrderView.Discount(d.code(), d.name(), d.amount())).toList())).toList(),
                o.capturedAmount(), o.refundedAmount(),
                o.fulfillments().stream().map(f -> new OrderView.FulfillmentView(f.fulfillmentId(), f.locationId(), f.status())).toList(),
                timeline.of(o).stream().map(t -> new OrderView.TimelineView(t.occurredAt(), t.type().label(),
                        wording.summary(t.fact()))).toList(),
                o.releasedAmount(), o.statusSince(), o.locationId(), o.replacesOrderId(), o.billingAddress(),
                o.charges().stream().map(c -> new OrderView.ChargeView(c.chargeId(), c.type(), c.name(), c.amount(),
                        c.taxRate(), c.taxCategory(), c.discounts().stream()
                        .map(d -> new OrderView.Discount(d.code(), d.name(), d.amount())).toList())).toList());
    }

    private static OrderView.Quantities quantities(LineQuantities q) {
        return new OrderView.Quantities(q.ordered(), q.assigned(), q.allocated(), q.shipped(), q.readyForPickup(),
                q.pickedUp(), q.returned(), q.refunded(), q.unroutable(), q.cancelled());
    }
}
