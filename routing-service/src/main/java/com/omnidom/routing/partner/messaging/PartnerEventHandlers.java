package com.omnidom.routing.partner.messaging;

import com.omnidom.events.catalog.LocationChanged;
import com.omnidom.events.inventory.StockAllocationFailed;
import com.omnidom.events.order.DeliveryAddressChanged;
import com.omnidom.events.order.OrderAccepted;
import com.omnidom.events.routing.FulfillmentAcknowledged;
import com.omnidom.events.routing.FulfillmentAssigned;
import com.omnidom.events.routing.FulfillmentCancelled;
import com.omnidom.events.routing.FulfillmentPickedUp;
import com.omnidom.events.routing.FulfillmentReadyForPickup;
import com.omnidom.events.routing.FulfillmentRejected;
import com.omnidom.events.routing.FulfillmentShipped;
import com.omnidom.events.routing.PartnerFulfillmentOrderChanged.Status;
import com.omnidom.platform.consumer.EventHandlers;
import com.omnidom.platform.consumer.Subscriptions;
import com.omnidom.platform.events.PermanentEventFailure;
import com.omnidom.routing.partner.application.PartnerFeed;
import com.omnidom.routing.fulfillment.application.ShipTo;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The partner feed follows routing's own fulfilment events (fulfillment.events.v1, in order per order id), so no use
 * case of routing has to know about partners; each is applied once, with the partner's event in the same transaction.
 * Locations and orders are noted first ({@code HIGHEST_PRECEDENCE}): a partner location's topic and an order's
 * ship-to exist before routing can assign anything to them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PartnerEventHandlers implements EventHandlers {

    private final PartnerFeed feed;

    PartnerEventHandlers(PartnerFeed feed) {
        this.feed = feed;
    }

    @Override
    public void subscribe(Subscriptions on) {
        // versioned snapshots: a replay changes nothing
        on.idempotent(LocationChanged.class, l -> {
            if (l.locationId() == null) throw new PermanentEventFailure("LocationChanged without locationId");
            feed.noteLocation(l.locationId(), l.partnerId(), l.version());
        });
        on.event(OrderAccepted.class, accepted -> {
            if (accepted.orderId() == null) throw new PermanentEventFailure("OrderAccepted without orderId");
            feed.noteOrder(accepted.orderId(), shipTo(accepted.orderNumber(), accepted.customer(), accepted.delivery()));
        });
        on.event(DeliveryAddressChanged.class, changed -> {
            if (changed.orderId() == null) throw new PermanentEventFailure("DeliveryAddressChanged without orderId");
            feed.changeDelivery(changed.orderId(), shipTo(null, null, changed.delivery()));
        });
        on.event(FulfillmentAssigned.class, f -> feed.changed(f.fulfillmentId(), f.locationId(), Status.ASSIGNED, f.lines(), f.occurredAt()));
        on.event(FulfillmentAcknowledged.class, f -> feed.changed(f.fulfillmentId(), f.locationId(), Status.ACKNOWLEDGED, f.lines(),
                f.occurredAt()));
        on.event(FulfillmentRejected.class, f -> feed.changed(f.fulfillmentId(), f.locationId(), Status.REJECTED, f.lines(), f.occurredAt()));
        on.event(FulfillmentShipped.class, f -> feed.changed(f.fulfillmentId(), f.locationId(), Status.SHIPPED, f.lines(), f.occurredAt()));
        on.event(FulfillmentReadyForPickup.class, f -> feed.changed(f.fulfillmentId(), f.locationId(), Status.READY_FOR_PICKUP,
                f.lines(), f.occurredAt()));
        on.event(FulfillmentPickedUp.class, f -> feed.changed(f.fulfillmentId(), f.locationId(), Status.PICKED_UP, f.lines(),
                f.occurredAt()));
        on.event(FulfillmentCancelled.class, f -> feed.cancelled(f.fulfillmentId(), f.locationId(), f.lines(), f.occurredAt()));
        on.event(StockAllocationFailed.class, f -> feed.allocationFailed(f.fulfillmentId(), f.locationId(), f.occurredAt()));
    }

    /** The recipient and address only: the customer's e-mail and phone stay with Omnidom. */
    private static ShipTo shipTo(String orderNumber, OrderAccepted.Customer customer, OrderAccepted.Delivery delivery) {
        boolean pickup = delivery != null && delivery.mode() == OrderAccepted.DeliveryMode.PICKUP;
        OrderAccepted.Address address = delivery == null ? null : delivery.address();
        String name = address != null && address.name() != null ? address.name() : customer == null ? null : customer.name();
        if (pickup || address == null) {
            return new ShipTo(orderNumber, pickup, name, null, null, null, null, delivery == null ? null : delivery.promiseDate(),
                    delivery != null && delivery.express());
        }
        return new ShipTo(orderNumber, false, name, address.street(), address.postalCode(), address.city(), address.country(),
                delivery.promiseDate(), delivery.express());
    }
}
