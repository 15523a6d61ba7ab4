package com.omnidom.returns.sale.messaging;

import com.omnidom.events.order.OrderAccepted;
import com.omnidom.platform.consumer.EventHandlers;
import com.omnidom.platform.consumer.Subscriptions;
import com.omnidom.returns.sale.application.SaleProgress;
import com.omnidom.returns.sale.domain.OrderId;
import com.omnidom.returns.sale.domain.SoldLine;
import org.springframework.stereotype.Component;

import java.util.List;

/** Keeps the lines of accepted orders, with their gross prices: what a return can refund. Other order events are ignored. */
@Component
class OrderEventsListener implements EventHandlers {

    private final SaleProgress sales;

    OrderEventsListener(SaleProgress sales) {
        this.sales = sales;
    }

    @Override
    public void subscribe(Subscriptions on) {
        on.event(OrderAccepted.class, accepted -> sales.noteOrderAccepted(lines(accepted), accepted.orderNumber(),
                accepted.occurredAt()));
    }

    private static List<SoldLine> lines(OrderAccepted order) {
        OrderId orderId = new OrderId(order.orderId());
        return order.lines().stream()
                .map(l -> new SoldLine(orderId, l.lineId(), l.sku(), l.quantity(), l.unitPrice(), order.currency(),
                        order.channel() == null ? null : order.channel().name(), 0, 0))
                .toList();
    }
}
