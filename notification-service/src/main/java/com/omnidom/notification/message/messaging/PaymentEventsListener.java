package com.omnidom.notification.message.messaging;

import com.omnidom.events.payment.AuthorizationReleased;
import com.omnidom.events.payment.RefundIssued;
import com.omnidom.notification.NotificationServiceApplication;
import com.omnidom.notification.message.application.NotifyCustomer;
import com.omnidom.platform.events.EventCodec;
import com.omnidom.platform.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** payment.events.v1: tells the customer about refunds and released reservations. */
@Component
class PaymentEventsListener {

    private final EventCodec codec;
    private final Inbox inbox;
    private final NotifyCustomer notify;

    PaymentEventsListener(EventCodec codec, Inbox inbox, NotifyCustomer notify) {
        this.codec = codec;
        this.inbox = inbox;
        this.notify = notify;
    }

    @KafkaListener(topics = "#{T(com.omnidom.events.Topics).PAYMENT_EVENTS.name()}",
            groupId = NotificationServiceApplication.NAME)
    void on(ConsumerRecord<String, byte[]> record) {
        switch (codec.read(record)) {
            case RefundIssued refunded -> {
                var refund = EventTranslation.refund(refunded);
                inbox.process(NotificationServiceApplication.NAME, refunded.eventId(), () -> notify.refunded(refund));
            }
            case AuthorizationReleased released -> {
                var release = EventTranslation.release(released);
                inbox.process(NotificationServiceApplication.NAME, released.eventId(), () -> notify.released(release));
            }
            default -> {
                // captures and invoices are not mailed by this service (yet)
            }
        }
    }
}
