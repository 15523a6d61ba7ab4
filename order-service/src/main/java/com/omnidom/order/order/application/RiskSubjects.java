package com.omnidom.order.order.application;

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
        return new RiskSubject(o.id().value(), o.orderNumber(), o.channel().name(), c.customerId(), c.email(), c.phone(),
                d.address() == null ? null : d.address().oneLine(),
                o.tenders().stream().map(Tender::fingerprint).toList(), o.clientIp(), o.currency(), o.total(),
                o.lines().stream().map(l -> new RiskSubject.Line(l.sku(), l.quantities().ordered(), l.unitPrice())).toList(),
                o.billingAddress() == null ? null : o.billingAddress().country(),
                d.address() == null ? null : d.address().country(), d.express());
    }
}
