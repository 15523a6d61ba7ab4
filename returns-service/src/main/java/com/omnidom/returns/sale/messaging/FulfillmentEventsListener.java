package com.omnidom.returns.sale.messaging;

import com.omnidom.events.routing.FulfillmentLine;
import com.omnidom.events.routing.FulfillmentPickedUp;
import com.omnidom.events.routing.FulfillmentShipped;
import com.omnidom.platform.consumer.EventHandlers;
import com.omnidom.platform.consumer.Subscriptions;
import com.omnidom.returns.sale.application.SaleProgress;
import com.omnidom.returns.sale.domain.Delivery;
import com.omnidom.returns.sale.domain.DeliveryKind;
import com.omnidom.returns.sale.domain.OrderId;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts units shipped or picked up per order line: only those can come back. Other fulfilment events are ignored. */
@Component
class FulfillmentEventsListener implements EventHandlers {

    private final SaleProgress sales;

    FulfillmentEventsListener(SaleProgress sales) {
        this.sales = sales;
    }

    @Override
    public void subscribe(Subscriptions on) {
        on.event(FulfillmentShipped.class, s -> sales.noteDelivered(new Delivery(s.eventId(), new OrderId(s.orderId()),
                s.fulfillmentId(), s.locationId(), DeliveryKind.SHIPPED, lines(s.lines()), s.occurredAt())));
        on.event(FulfillmentPickedUp.class, p -> sales.noteDelivered(new Delivery(p.eventId(), new OrderId(p.orderId()),
                p.fulfillmentId(), p.locationId(), DeliveryKind.PICKED_UP, lines(p.lines()), p.occurredAt())));
    }

    private static List<Delivery.DeliveredLine> lines(List<FulfillmentLine> lines) {
        // one entry per line, even if the event lists a line twice
        Map<String, Integer> quantities = new LinkedHashMap<>();
        lines.stream().filter(l -> l.quantity() > 0).forEach(l -> quantities.merge(l.lineId(), l.quantity(), Integer::sum));
        return quantities.entrySet().stream().map(e -> new Delivery.DeliveredLine(e.getKey(), e.getValue())).toList();
    }
}
