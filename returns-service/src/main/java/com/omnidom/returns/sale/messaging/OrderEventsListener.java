package com.omnidom.returns.sale.messaging;

import com.omnidom.events.order.OrderAccepted;
import com.omnidom.platform.events.EventCodec;
import com.omnidom.platform.inbox.Inbox;
import com.omnidom.returns.sale.application.SaleProgress;
import com.omnidom.returns.sale.domain.OrderId;
import com.omnidom.returns.sale.domain.SoldLine;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Keeps the lines of accepted orders, with their gross prices: what a return can refund. Other order events are ignored. */
@Component
class OrderEventsListener {

    static final String CONSUMER = "returns-service";

    private final EventCodec codec;
    private final Inbox inbox;
    private final SaleProgress sales;

    OrderEventsListener(EventCodec codec, Inbox inbox, SaleProgress sales) {
        this.codec = codec;
        this.inbox = inbox;
        this.sales = sales;
    }

    @KafkaListener(topics = "#{T(com.omnidom.events.Topics).ORDER_EVENTS.name()}", groupId = CONSUMER)
    void on(ConsumerRecord<String, byte[]> record) {
        if (codec.read(record) instanceof OrderAccepted accepted) {
            inbox.process(CONSUMER, accepted.eventId(), () -> sales.noteOrderAccepted(lines(accepted), accepted.occurredAt()));
        }
    }

    private static List<SoldLine> lines(OrderAccepted order) {
        OrderId orderId = new OrderId(order.orderId());
        return order.lines().stream()
                .map(l -> new SoldLine(orderId, l.lineId(), l.sku(), l.quantity(), l.unitPrice(), order.currency(), 0, 0))
                .toList();
    }
}
