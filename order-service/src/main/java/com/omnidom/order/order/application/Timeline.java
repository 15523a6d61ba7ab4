package com.omnidom.order.order.application;

import com.omnidom.events.EventType;
import com.omnidom.order.order.domain.NotedFact;
import com.omnidom.order.order.domain.Order;
import com.omnidom.order.order.domain.OrderFact;
import com.omnidom.order.order.persistence.TimelineEntry;
import com.omnidom.order.order.persistence.TimelineType;
import com.omnidom.order.order.persistence.Timelines;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The order's timeline: each fact the order noted becomes an entry, named by its type in the event registry (or an
 * order-side fact), in the transaction of the change.
 */
@Component
public class Timeline {

    private final Timelines timelines;

    public Timeline(Timelines timelines) {
        this.timelines = timelines;
    }

    /** Writes what the order noted since it was loaded (call after the order itself was saved). */
    public void record(Order order) {
        for (NotedFact noted : order.takeNoted()) {
            timelines.save(new TimelineEntry(order.id().value(), noted.at(), typeOf(noted.fact()), noted.fact()));
        }
    }

    public List<TimelineEntry> of(Order order) {
        return timelines.findByOrderIdOrderByOccurredAtAscIdAsc(order.id().value());
    }

    static TimelineType typeOf(OrderFact fact) {
        return switch (fact) {
            case OrderFact.Accepted f -> TimelineType.of(EventType.ORDER_ACCEPTED);
            case OrderFact.Released f -> TimelineType.of(EventType.ORDER_ACCEPTED);
            case OrderFact.ReplacementFor f -> TimelineType.of(EventType.ORDER_ACCEPTED);
            case OrderFact.Held f -> TimelineType.of(EventType.ORDER_HELD);
            case OrderFact.RejectedByRiskCheck f -> TimelineType.of(EventType.ORDER_REJECTED);
            case OrderFact.RejectedAfterReview f -> TimelineType.of(EventType.ORDER_REJECTED);
            case OrderFact.ReplacementOrdered f -> TimelineType.of(TimelineType.OrderSide.REPLACEMENT_ORDERED);
            case OrderFact.Cancelled f -> TimelineType.of(EventType.ORDER_CANCELLED);
            case OrderFact.DeliveryChanged f -> TimelineType.of(EventType.DELIVERY_ADDRESS_CHANGED);
            case OrderFact.NoteAdded f -> TimelineType.of(EventType.ORDER_NOTE_ADDED);
            case OrderFact.FulfillmentAssigned f -> TimelineType.of(EventType.FULFILLMENT_ASSIGNED);
            case OrderFact.FulfillmentAcknowledged f -> TimelineType.of(EventType.FULFILLMENT_ACKNOWLEDGED);
            case OrderFact.FulfillmentRejected f -> TimelineType.of(EventType.FULFILLMENT_REJECTED);
            case OrderFact.Shipped f -> TimelineType.of(EventType.FULFILLMENT_SHIPPED);
            case OrderFact.ReadyForPickup f -> TimelineType.of(EventType.FULFILLMENT_READY_FOR_PICKUP);
            case OrderFact.PickedUp f -> TimelineType.of(EventType.FULFILLMENT_PICKED_UP);
            case OrderFact.Unroutable f -> TimelineType.of(EventType.FULFILLMENT_UNROUTABLE);
            case OrderFact.FulfillmentCancelled f -> TimelineType.of(EventType.FULFILLMENT_CANCELLED);
            case OrderFact.Deferred f -> TimelineType.of(EventType.FULFILLMENT_DEFERRED);
            case OrderFact.PickupReminderDue f -> TimelineType.of(EventType.FULFILLMENT_PICKUP_REMINDER_DUE);
            case OrderFact.PickupExpired f -> TimelineType.of(EventType.FULFILLMENT_PICKUP_EXPIRED);
            case OrderFact.StockAllocated f -> TimelineType.of(EventType.STOCK_ALLOCATED);
            case OrderFact.StockReleased f -> TimelineType.of(EventType.STOCK_RELEASED);
            case OrderFact.StockAllocationFailed f -> TimelineType.of(EventType.STOCK_ALLOCATION_FAILED);
            case OrderFact.PaymentCaptured f -> TimelineType.of(EventType.PAYMENT_CAPTURED);
            case OrderFact.InvoiceIssued f -> TimelineType.of(EventType.INVOICE_ISSUED);
            case OrderFact.RefundIssued f -> TimelineType.of(EventType.REFUND_ISSUED);
            case OrderFact.AuthorizationReleased f -> TimelineType.of(EventType.AUTHORIZATION_RELEASED);
            case OrderFact.ReturnReceived f -> TimelineType.of(EventType.RETURN_RECEIVED);
            case OrderFact.NotificationSent f -> TimelineType.of(EventType.NOTIFICATION_SENT);
            case OrderFact.Written f -> throw new IllegalArgumentException("entries of old words are only read, never noted");
        };
    }
}
