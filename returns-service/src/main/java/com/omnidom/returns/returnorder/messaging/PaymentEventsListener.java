package com.omnidom.returns.returnorder.messaging;

import com.omnidom.events.payment.RefundIssued;
import com.omnidom.platform.events.EventCodec;
import com.omnidom.platform.inbox.Inbox;
import com.omnidom.returns.returnorder.application.ReturnProgress;
import com.omnidom.returns.returnorder.domain.ReturnId;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** A refund issued for a return marks it REFUNDED. Refunds without a return and other payment events are ignored. */
@Component
class PaymentEventsListener {

    static final String CONSUMER = "returns-service";

    private final EventCodec codec;
    private final Inbox inbox;
    private final ReturnProgress returns;

    PaymentEventsListener(EventCodec codec, Inbox inbox, ReturnProgress returns) {
        this.codec = codec;
        this.inbox = inbox;
        this.returns = returns;
    }

    @KafkaListener(topics = "#{T(com.omnidom.events.Topics).PAYMENT_EVENTS.name()}", groupId = CONSUMER)
    void on(ConsumerRecord<String, byte[]> record) {
        if (codec.read(record) instanceof RefundIssued refund && refund.returnId() != null) {
            inbox.process(CONSUMER, refund.eventId(), () -> returns.noteRefundIssued(new ReturnId(refund.returnId()),
                    refund.currency(), refund.amount(), refund.occurredAt()));
        }
    }
}
