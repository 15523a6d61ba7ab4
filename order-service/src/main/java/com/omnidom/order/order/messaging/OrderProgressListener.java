package com.omnidom.order.order.messaging;

import com.omnidom.events.ContractEvent;
import com.omnidom.order.order.application.OrderProgress;
import com.omnidom.order.order.domain.Order;
import com.omnidom.order.order.domain.OrderId;
import com.omnidom.platform.events.EventCodec;
import com.omnidom.platform.events.PermanentEventFailure;
import com.omnidom.platform.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * Folds every downstream event of an order into it, once per event id (inbox row and effects commit together).
 * All five topics are keyed by order id, so one order's events of one topic arrive in order; across topics they may
 * not, which the order aggregate tolerates (or waits for, see {@code ProgressAhead}).
 */
@Component
class OrderProgressListener {

    static final String CONSUMER = "order-service";

    private final EventCodec codec;
    private final Inbox inbox;
    private final OrderProgress progress;

    OrderProgressListener(EventCodec codec, Inbox inbox, OrderProgress progress) {
        this.codec = codec;
        this.inbox = inbox;
        this.progress = progress;
    }

    // One listener (so one consumer) per topic: an event waiting for its prerequisite from another topic is retried
    // in place and holds up its own consumer, so the topic it waits for must be read by another one.

    @KafkaListener(groupId = CONSUMER, topics = "#{T(com.omnidom.events.Topics).FULFILLMENT_EVENTS.name()}")
    void onFulfillmentEvent(ConsumerRecord<String, byte[]> record) {
        fold(record);
    }

    @KafkaListener(groupId = CONSUMER, topics = "#{T(com.omnidom.events.Topics).INVENTORY_EVENTS.name()}")
    void onInventoryEvent(ConsumerRecord<String, byte[]> record) {
        fold(record);
    }

    @KafkaListener(groupId = CONSUMER, topics = "#{T(com.omnidom.events.Topics).PAYMENT_EVENTS.name()}")
    void onPaymentEvent(ConsumerRecord<String, byte[]> record) {
        fold(record);
    }

    @KafkaListener(groupId = CONSUMER, topics = "#{T(com.omnidom.events.Topics).RETURN_EVENTS.name()}")
    void onReturnEvent(ConsumerRecord<String, byte[]> record) {
        fold(record);
    }

    @KafkaListener(groupId = CONSUMER, topics = "#{T(com.omnidom.events.Topics).NOTIFICATION_EVENTS.name()}")
    void onNotificationEvent(ConsumerRecord<String, byte[]> record) {
        fold(record);
    }

    private void fold(ConsumerRecord<String, byte[]> record) {
        ContractEvent event = codec.read(record);
        Consumer<Order> fact = DownstreamEvents.fact(event);
        if (fact == null) return;
        if (event.eventId() == null) throw new PermanentEventFailure("event without eventId on " + record.topic());
        OrderId orderId = orderId(event);
        inbox.process(CONSUMER, event.eventId(), () -> progress.fold(orderId, fact));
    }

    private static OrderId orderId(ContractEvent event) {
        try {
            return new OrderId(UUID.fromString(event.subject()));
        } catch (RuntimeException e) {
            throw new PermanentEventFailure("event " + event.eventId() + " names no order id", e);
        }
    }
}
