package com.omnidom.notification.message.messaging;

import com.omnidom.events.routing.FulfillmentDeferred;
import com.omnidom.events.routing.FulfillmentReadyForPickup;
import com.omnidom.events.routing.FulfillmentShipped;
import com.omnidom.notification.NotificationServiceApplication;
import com.omnidom.notification.message.application.NotifyCustomer;
import com.omnidom.platform.events.EventCodec;
import com.omnidom.platform.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** fulfillment.events.v1: shipped (with tracking), ready for pickup, delayed; waits for the order's contact if needed. */
@Component
class FulfillmentEventsListener {

    private final EventCodec codec;
    private final Inbox inbox;
    private final NotifyCustomer notify;

    FulfillmentEventsListener(EventCodec codec, Inbox inbox, NotifyCustomer notify) {
        this.codec = codec;
        this.inbox = inbox;
        this.notify = notify;
    }

    @KafkaListener(topics = "#{T(com.omnidom.events.Topics).FULFILLMENT_EVENTS.name()}",
            groupId = NotificationServiceApplication.NAME)
    void on(ConsumerRecord<String, byte[]> record) {
        switch (codec.read(record)) {
            case FulfillmentShipped shipped -> {
                var shipment = EventTranslation.shipment(shipped);
                inbox.process(NotificationServiceApplication.NAME, shipped.eventId(), () -> notify.shipped(shipment));
            }
            case FulfillmentReadyForPickup ready -> {
                var pickup = EventTranslation.pickup(ready);
                inbox.process(NotificationServiceApplication.NAME, ready.eventId(), () -> notify.readyForPickup(pickup));
            }
            case FulfillmentDeferred deferred -> {
                var delay = EventTranslation.delay(deferred);
                inbox.process(NotificationServiceApplication.NAME, deferred.eventId(), () -> notify.delayed(delay));
            }
            default -> {
                // assignments, acknowledgements, rejections: internal to fulfilment, nothing to tell
            }
        }
    }
}
