package com.omnidom.order.order.application;

import com.omnidom.events.EventType;
import com.omnidom.order.TimelineFacts;
import com.omnidom.order.order.domain.OrderFact;
import com.omnidom.order.order.persistence.TimelineType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimelineTest {

    /** The labels the timeline showed before it was typed: stored rows and clients keep reading these. */
    @Test
    void everyNotedFactIsNamedByItsEventOrAnOrderSideFact() {
        Map<String, String> labels = Map.ofEntries(
                Map.entry("Accepted", "OrderAccepted"), Map.entry("Released", "OrderAccepted"),
                Map.entry("ReplacementFor", "OrderAccepted"), Map.entry("Held", "OrderHeld"),
                Map.entry("RejectedByRiskCheck", "OrderRejected"), Map.entry("RejectedAfterReview", "OrderRejected"),
                Map.entry("ReplacementOrdered", "ReplacementOrdered"), Map.entry("Cancelled", "OrderCancelled"),
                Map.entry("DeliveryChanged", "DeliveryAddressChanged"), Map.entry("NoteAdded", "OrderNoteAdded"),
                Map.entry("FulfillmentAssigned", "FulfillmentAssigned"),
                Map.entry("FulfillmentAcknowledged", "FulfillmentAcknowledged"),
                Map.entry("FulfillmentRejected", "FulfillmentRejected"), Map.entry("Shipped", "FulfillmentShipped"),
                Map.entry("ReadyForPickup", "FulfillmentReadyForPickup"), Map.entry("PickedUp", "FulfillmentPickedUp"),
                Map.entry("Unroutable", "FulfillmentUnroutable"), Map.entry("FulfillmentCancelled", "FulfillmentCancelled"),
                Map.entry("Deferred", "FulfillmentDeferred"), Map.entry("StockAllocated", "StockAllocated"),
                Map.entry("PickupReminderDue", "FulfillmentPickupReminderDue"), Map.entry("PickupExpired", "FulfillmentPickupExpired"),
                Map.entry("StockReleased", "StockReleased"), Map.entry("StockAllocationFailed", "StockAllocationFailed"),
                Map.entry("PaymentCaptured", "PaymentCaptured"), Map.entry("InvoiceIssued", "InvoiceIssued"),
                Map.entry("RefundIssued", "RefundIssued"), Map.entry("AuthorizationReleased", "AuthorizationReleased"),
                Map.entry("ReturnReceived", "ReturnReceived"), Map.entry("NotificationSent", "NotificationSent"));
        List<OrderFact> noted = TimelineFacts.everyKindWithItsWords().keySet().stream()
                .filter(f -> !(f instanceof OrderFact.Written)).toList();

        assertThat(noted).hasSize(labels.size());
        for (OrderFact fact : noted) {
            assertThat(Timeline.typeOf(fact).label()).as(fact.getClass().getSimpleName())
                    .isEqualTo(labels.get(fact.getClass().getSimpleName()));
        }
        assertThat(Timeline.typeOf(new OrderFact.PaymentCaptured(null))).isEqualTo(TimelineType.of(EventType.PAYMENT_CAPTURED));
        assertThatThrownBy(() -> Timeline.typeOf(new OrderFact.Written("old"))).isInstanceOf(IllegalArgumentException.class);
    }
}
