package com.omnidom.notification.message.messaging;

import com.omnidom.events.payment.AuthorizationReleased;
import com.omnidom.events.payment.DunningNoticeIssued;
import com.omnidom.events.payment.RefundIssued;
import com.omnidom.notification.message.application.NotifyCustomer;
import com.omnidom.platform.consumer.EventHandlers;
import com.omnidom.platform.consumer.Subscriptions;
import org.springframework.stereotype.Component;

/** payment.events.v1: tells the customer about refunds, released reservations and overdue invoices (reminders). */
@Component
class PaymentEventsListener implements EventHandlers {

    private final NotifyCustomer notify;

    PaymentEventsListener(NotifyCustomer notify) {
        this.notify = notify;
    }

    @Override
    public void subscribe(Subscriptions on) {
        // captures and invoices are not news of their own: the invoice's file goes with the shipment's e-mail
        on.event(RefundIssued.class, refunded -> notify.refunded(EventTranslation.refund(refunded)));
        on.event(AuthorizationReleased.class, released -> notify.released(EventTranslation.release(released)));
        on.event(DunningNoticeIssued.class, notice -> notify.dunningNoticeIssued(EventTranslation.dunning(notice)));
    }
}
