package com.omnidom.notification.message.messaging;

import com.omnidom.events.order.OrderAccepted;
import com.omnidom.events.order.OrderCancelled;
import com.omnidom.notification.message.application.NotifyCustomer;
import com.omnidom.platform.consumer.EventHandlers;
import com.omnidom.platform.consumer.Subscriptions;
import org.springframework.stereotype.Component;

/**
 * order.events.v1: keeps each order's contact, confirms the order and tells about cancellations. A listener (and so a consumer) per topic:
 * a fulfilment event waiting for its order must not hold up the topic that brings the order.
 */
@Component
class OrderEventsListener implements EventHandlers {

    private final NotifyCustomer notify;

    OrderEventsListener(NotifyCustomer notify) {
        this.notify = notify;
    }

    @Override
    public void subscribe(Subscriptions on) {
        // held for review (customers are not told about fraud checks), notes, address changes: nothing to tell
        on.event(OrderAccepted.class, accepted -> notify.orderAccepted(EventTranslation.order(accepted)));
        on.event(OrderCancelled.class, cancelled -> notify.cancelled(EventTranslation.cancellation(cancelled)));
    }
}
