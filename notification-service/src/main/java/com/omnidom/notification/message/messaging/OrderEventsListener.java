package com.omnidom.notification.message.messaging;

import com.omnidom.events.order.OrderAccepted;
import com.omnidom.events.order.OrderCancelled;
import com.omnidom.notification.NotificationServiceApplication;
import com.omnidom.notification.message.application.NotifyCustomer;
import com.omnidom.platform.events.EventCodec;
import com.omnidom.platform.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * order.events.v1: keeps each order's contact, confirms the order and tells about cancellations. A listener (and so a consumer) per topic:
 * a fulfilment event waiting for its order must not hold up the topic that brings the order.
 */
@Component
class OrderEventsListener {

    private final EventCodec codec;
    private final Inbox inbox;
    private final NotifyCustomer notify;

    OrderEventsListener(EventCodec codec, Inbox inbox, NotifyCustomer notify) {
        this.codec = codec;
        this.inbox = inbox;
        this.notify = notify;
    }

    @KafkaListener(topics = "#{T(com.omnidom.events.Topics).ORDER_EVENTS.name()}",
            groupId = NotificationServiceApplication.NAME)
    void on(ConsumerRecord<String, byte[]> record) {
        switch (codec.read(record)) {
            case OrderAccepted accepted -> {
                var order = EventTranslation.order(accepted);
                inbox.process(NotificationServiceApplication.NAME, accepted.eventId(), () -> notify.orderAccepted(order));
            }
            case OrderCancelled cancelled -> {
                var cancellation = EventTranslation.cancellation(cancelled);
                inbox.process(NotificationServiceApplication.NAME, cancelled.eventId(), () -> notify.cancelled(cancellation));
            }
            default -> {
                // held for review (customers are not told about fraud checks), notes, address changes: nothing to tell
            }
        }
    }
}
