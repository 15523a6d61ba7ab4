package com.omnidom.notification.message.messaging;

import com.omnidom.events.routing.FulfillmentDeferred;
import com.omnidom.events.routing.FulfillmentPickupReminderDue;
import com.omnidom.events.routing.FulfillmentReadyForPickup;
import com.omnidom.events.routing.FulfillmentShipped;
import com.omnidom.notification.message.application.NotifyCustomer;
import com.omnidom.platform.consumer.EventHandlers;
import com.omnidom.platform.consumer.Subscriptions;
import org.springframework.stereotype.Component;

/**
 * fulfillment.events.v1: shipped (with tracking), ready for pickup, a pickup still waiting (reminder), delayed; waits for
 * the order's contact if needed. A pickup's expiry is told with the order's cancellation of its units (OrderCancelled).
 */
@Component
class FulfillmentEventsListener implements EventHandlers {

    private final NotifyCustomer notify;

    FulfillmentEventsListener(NotifyCustomer notify) {
        this.notify = notify;
    }

    @Override
    public void subscribe(Subscriptions on) {
        // assignments, acknowledgements, rejections: internal to fulfilment, nothing to tell
        on.event(FulfillmentShipped.class, shipped -> notify.shipped(EventTranslation.shipment(shipped)));
        on.event(FulfillmentReadyForPickup.class, ready -> notify.readyForPickup(EventTranslation.pickup(ready)));
        on.event(FulfillmentPickupReminderDue.class, due -> notify.pickupReminder(EventTranslation.pickupReminder(due)));
        on.event(FulfillmentDeferred.class, deferred -> notify.delayed(EventTranslation.delay(deferred)));
    }
}
