package com.omnidom.returns.sale.messaging;

import com.omnidom.events.routing.FulfillmentLine;
import com.omnidom.events.routing.FulfillmentPickedUp;
import com.omnidom.events.routing.FulfillmentShipped;
import com.omnidom.platform.events.EventCodec;
import com.omnidom.platform.inbox.Inbox;
import com.omnidom.returns.sale.application.SaleProgress;
import com.omnidom.returns.sale.domain.Delivery;
import com.omnidom.returns.sale.domain.DeliveryKind;
import com.omnidom.returns.sale.domain.OrderId;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts units shipped or picked up per order line: only those can come back. Other fulfilment events are ignored. */
@Component
class FulfillmentEventsListener {

    static final String CONSUMER = "returns-service";

    private final EventCodec codec;
    private final Inbox inbox;
    private final SaleProgress sales;

    FulfillmentEventsListener(EventCodec codec, Inbox inbox, SaleProgress sales) {
        this.codec = codec;
        this.inbox = inbox;
        this.sales = sales;
    }

    @KafkaListener(topics = "#{T(com.omnidom.events.Topics).FULFILLMENT_EVENTS.name()}", groupId = CONSUMER)
    void on(ConsumerRecord<String, byte[]> record) {
        Delivery delivery = switch (codec.read(record)) {
            case FulfillmentShipped s -> new Delivery(s.eventId(), new OrderId(s.orderId()), s.fulfillmentId(),
                    s.locationId(), DeliveryKind.SHIPPED, lines(s.lines()), s.occurredAt());
            case FulfillmentPickedUp p -> new Delivery(p.eventId(), new OrderId(p.orderId()), p.fulfillmentId(),
                    p.locationId(), DeliveryKind.PICKED_UP, lines(p.lines()), p.occurredAt());
            default -> null;
        };
        if (delivery != null) {
            inbox.process(CONSUMER, delivery.eventId(), () -> sales.noteDelivered(delivery));
        }
    }

    private static List<Delivery.DeliveredLine> lines(List<FulfillmentLine> lines) {
        // one entry per line, even if the event lists a line twice
        Map<String, Integer> quantities = new LinkedHashMap<>();
        lines.stream().filter(l -> l.quantity() > 0).forEach(l -> quantities.merge(l.lineId(), l.quantity(), Integer::sum));
        return quantities.entrySet().stream().map(e -> new Delivery.DeliveredLine(e.getKey(), e.getValue())).toList();
    }
}
