package com.omnidom.returns.returnorder.messaging;

import com.omnidom.events.payment.RefundIssued;
import com.omnidom.platform.consumer.EventHandlers;
import com.omnidom.platform.consumer.Subscriptions;
import com.omnidom.returns.returnorder.application.ReturnProgress;
import com.omnidom.returns.returnorder.domain.ReturnId;
import org.springframework.stereotype.Component;

/** A refund issued for a return marks it REFUNDED. Refunds without a return and other payment events are ignored. */
@Component
class PaymentEventsListener implements EventHandlers {

    private final ReturnProgress returns;

    PaymentEventsListener(ReturnProgress returns) {
        this.returns = returns;
    }

    @Override
    public void subscribe(Subscriptions on) {
        on.event(RefundIssued.class, refund -> {
            if (refund.returnId() != null) returns.noteRefundIssued(new ReturnId(refund.returnId()),
                    refund.currency(), refund.amount(), refund.occurredAt());
        });
    }
}
