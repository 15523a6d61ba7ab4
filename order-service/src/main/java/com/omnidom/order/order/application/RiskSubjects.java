package com.omnidom.order.order.application;

import com.omnidom.order.order.domain.DeliveryMode;
import com.omnidom.order.order.domain.Order;
import com.omnidom.order.order.domain.Tender;
import com.omnidom.order.risk.domain.RiskSubject;

/** What the risk check is shown of an order. */
final class RiskSubjects {

    private RiskSubjects() {
    }

    static RiskSubject of(Order o) {
        var c = o.customer();
        var d = o.delivery();
        // a pickup order's address is its store's, not the customer's: no address lists, velocity or country rules on it
        var address = d.mode() == DeliveryMode.PICKUP ? null : d.address();
        return new RiskSubject(o.id().value(), o.orderNumber(), o.channel().name(), c.customerId(), c.email(), c.phone(),
                address == null ? null : address.oneLine(),
                o.tenders().stream().map(Tender::fingerprint).toList(), o.clientIp(), o.currency(), o.total(),
                o.lines().stream().map(l -> new RiskSubject.Line(l.sku(), l.quantities().ordered(), l.unitPrice())).toList(),
                o.billingAddress() == null ? null : o.billingAddress().country(),
                address == null ? null : address.country(), d.express());
    }
}
