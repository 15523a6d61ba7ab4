package com.omnidom.order.order.web;

import com.omnidom.order.order.application.TimelineWording;
import com.omnidom.order.order.domain.LineQuantity;
import com.omnidom.order.order.domain.OrderFact;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** The timeline in English, one sentence per fact, as the order's answer has always shown it. */
@Component
class TimelineText implements TimelineWording {

    /** What the timeline has always shown at most of one entry. */
    static final int MAX_SUMMARY = 1000;

    @Override
    public String summary(OrderFact fact) {
        String text = words(fact);
        return text.length() <= MAX_SUMMARY ? text : text.substring(0, MAX_SUMMARY - 1) + "…";
    }

    private static String words(OrderFact fact) {
        return switch (fact) {
            case OrderFact.Accepted f -> "Accepted from " + placed(f.order());
            case OrderFact.Held f -> "Received from " + placed(f.order()) + "; held for review by rule set "
                    + f.ruleSetVersion() + ": " + String.join(", ", f.reasons());
            case OrderFact.RejectedByRiskCheck f -> "Received from " + placed(f.order()) + "; rejected by the risk check: "
                    + String.join(", ", f.reasons());
            case OrderFact.Released f -> "Released by " + f.by() + " after review" + why(f.reason()) + "; accepted from "
                    + placed(f.order());
            case OrderFact.RejectedAfterReview f -> "Rejected by " + f.by() + " after review" + why(f.reason());
            case OrderFact.ReplacementFor f -> "Replacement for order " + f.originalNumber() + " created by " + f.by() + ": "
                    + articles(f.lines()) + why(f.reason());
            case OrderFact.ReplacementOrdered f -> "Replacement order " + f.replacementNumber() + " created by " + f.by()
                    + ": " + articles(f.lines()) + why(f.reason());
            case OrderFact.Cancelled f -> "Cancelled by " + f.by() + ": " + lines(f.lines()) + why(f.reason());
            case OrderFact.DeliveryChanged f -> "Delivery changed by " + f.by() + " to " + (f.delivery().address() == null
                    ? "pickup at " + f.delivery().pickupLocationId() : f.delivery().address().oneLine());
            case OrderFact.NoteAdded f -> f.author() + ": " + f.text();
            case OrderFact.FulfillmentAssigned f -> "Assigned to " + f.locationId() + ": " + lines(f.lines());
            case OrderFact.FulfillmentAcknowledged f -> f.locationId() + " acknowledged its fulfilment order: " + lines(f.lines());
            case OrderFact.FulfillmentRejected f -> f.locationId() + " rejected " + lines(f.lines()) + why(f.reason())
                    + "; the lines are to be routed again";
            case OrderFact.Shipped f -> "Shipped from " + f.locationId() + (f.carrier() == null ? "" : " with " + f.carrier())
                    + (f.trackingNumber() == null ? "" : " (tracking " + f.trackingNumber() + ")") + ": " + lines(f.lines())
                    + tooLate(f.cancellationTooLate());
            case OrderFact.ReadyForPickup f -> "Ready for pickup at " + f.locationId() + ": " + lines(f.lines())
                    + tooLate(f.cancellationTooLate());
            case OrderFact.PickedUp f -> "Picked up at " + f.locationId() + ": " + lines(f.lines()) + tooLate(f.cancellationTooLate());
            case OrderFact.Unroutable f -> "No location can fulfil " + lines(f.lines()) + why(f.reason());
            case OrderFact.FulfillmentCancelled f -> "Taken off the fulfilment order at " + f.locationId() + ": "
                    + lines(f.lines()) + why(f.reason());
            case OrderFact.Deferred f -> "No location can take " + lines(f.lines()) + " now" + why(f.reason())
                    + (f.retryUntil() == null ? "" : "; routing retries until " + f.retryUntil());
            case OrderFact.PickupReminderDue f -> "Still waiting for pickup at " + f.locationId() + ": " + lines(f.lines())
                    + "; the customer is reminded" + (f.heldUntil() == null ? "" : " that it is held until " + f.heldUntil());
            case OrderFact.PickupExpired f -> "Pickup at " + f.locationId() + " expired, nobody collected "
                    + lines(f.lines()) + (f.readySince() == null ? "" : " (ready since " + f.readySince() + ")")
                    + "; the store gave the units up";
            case OrderFact.StockAllocated f -> "Stock allocated at " + f.locationId()
                    + (f.forRejectedFulfillment() ? " for a rejected fulfilment order" : "") + ": " + lines(f.lines());
            case OrderFact.StockReleased f -> "Stock released at " + f.locationId() + ": " + lines(f.lines()) + why(f.reason());
            case OrderFact.StockAllocationFailed f -> "Stock allocation failed at " + f.locationId() + why(f.reason())
                    + (f.shortBy().isEmpty() ? "" : ", short: " + lines(f.shortBy())) + "; the lines are to be routed again";
            case OrderFact.PaymentCaptured f -> "Captured " + f.amount();
            case OrderFact.InvoiceIssued f -> "Invoice " + f.invoiceNumber() + " issued: " + plain(f.gross()) + " "
                    + f.currency() + " gross" + (f.tax() == null ? "" : ", " + plain(f.tax()) + " tax");
            case OrderFact.RefundIssued f -> "Refunded " + f.amount() + (f.lines() == null ? "" : ": " + lines(f.lines()));
            case OrderFact.AuthorizationReleased f -> "Authorisation of " + f.amount() + " released" + why(f.reason());
            case OrderFact.ReturnReceived f -> "Return received at " + f.locationId() + ": " + lines(f.lines());
            case OrderFact.NotificationSent f -> "Customer told " + f.kind() + " by " + f.channel()
                    + (f.recipient() == null ? "" : " to " + f.recipient());
            case OrderFact.Written f -> f.text();
        };
    }

    /** "WEB_SHOP as WEB-1: 2 lines, 3 units, 39.98 EUR, priority" */
    private static String placed(OrderFact.Outline o) {
        return o.channel() + " as " + o.orderNumber() + ": " + plural(o.lines(), "line") + ", " + plural(o.units(), "unit")
                + ", " + o.total() + (o.priority() ? ", priority" : "");
    }

    /** "line 1 (SKU-1) × 2, line 2 × 1" */
    private static String lines(List<LineQuantity> lines) {
        return lines.stream().map(l -> "line " + l.lineId() + (l.sku() == null ? "" : " (" + l.sku() + ")") + " × " + l.quantity())
                .collect(Collectors.joining(", "));
    }

    /** "SKU-1 × 2, SKU-2 × 1" */
    private static String articles(List<LineQuantity> lines) {
        return lines.stream().map(l -> l.sku() + " × " + l.quantity()).collect(Collectors.joining(", "));
    }

    private static String tooLate(int units) {
        return units <= 0 ? "" : "; the cancellation of " + plural(units, "unit") + " came too late";
    }

    private static String why(String reason) {
        return reason == null ? "" : " (" + reason + ")";
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "?" : amount.toPlainString();
    }
}
