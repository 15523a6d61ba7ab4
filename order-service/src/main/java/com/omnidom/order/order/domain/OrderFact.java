package com.omnidom.order.order.domain;

import com.omnidom.kernel.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What happened to an order, as data: one record per kind of fact the order notes, holding what a person reading the
 * timeline needs. The order registers one per change ({@link Order#noted()}); the timeline names each by its event
 * type and the web layer puts it into words.
 */
public sealed interface OrderFact {

    /** The order as placed: introduces the entries of its risk decision. */
    record Outline(Channel channel, String orderNumber, int lines, int units, Money total, boolean priority) {
    }

    // ---- the order's own decisions (published as order events, except a replacement noted on its original)

    record Accepted(Outline order) implements OrderFact {
    }

    record Held(Outline order, int ruleSetVersion, List<String> reasons) implements OrderFact {
    }

    record RejectedByRiskCheck(Outline order, List<String> reasons) implements OrderFact {
    }

    record Released(Outline order, String by, String reason) implements OrderFact {
    }

    record RejectedAfterReview(String by, String reason) implements OrderFact {
    }

    /** On the replacement: the order it replaces and what it sends again ({@code lines}: the replacement's lines). */
    record ReplacementFor(String originalNumber, List<LineQuantity> lines, String by, String reason) implements OrderFact {
    }

    /** On the original: a replacement order was created for it. */
    record ReplacementOrdered(String replacementNumber, List<LineQuantity> lines, String by, String reason)
            implements OrderFact {
    }

    record Cancelled(List<LineQuantity> lines, String by, String reason) implements OrderFact {
    }

    record DeliveryChanged(Delivery delivery, String by) implements OrderFact {
    }

    record NoteAdded(String text, String author) implements OrderFact {
    }

    // ---- routing-service

    record FulfillmentAssigned(String locationId, List<LineQuantity> lines) implements OrderFact {
    }

    record FulfillmentAcknowledged(String locationId, List<LineQuantity> lines) implements OrderFact {
    }

    record FulfillmentRejected(String locationId, List<LineQuantity> lines, String reason) implements OrderFact {
    }

    /** @param cancellationTooLate cancelled units the shipment overtook (they left anyway) */
    record Shipped(String locationId, String carrier, String trackingNumber, List<LineQuantity> lines,
                   int cancellationTooLate) implements OrderFact {
    }

    record ReadyForPickup(String locationId, List<LineQuantity> lines, int cancellationTooLate) implements OrderFact {
    }

    record PickedUp(String locationId, List<LineQuantity> lines, int cancellationTooLate) implements OrderFact {
    }

    record Unroutable(List<LineQuantity> lines, String reason) implements OrderFact {
    }

    record FulfillmentCancelled(String locationId, List<LineQuantity> lines, String reason) implements OrderFact {
    }

    record Deferred(List<LineQuantity> lines, String reason, Instant retryUntil) implements OrderFact {
    }

    /** A pickup still waits: the customer is reminded that the store holds it until {@code heldUntil}. */
    record PickupReminderDue(String locationId, List<LineQuantity> lines, Instant heldUntil) implements OrderFact {
    }

    /** Nobody collected the pickup in time: the store gave these units up (the order cancels them). */
    record PickupExpired(String locationId, List<LineQuantity> lines, Instant readySince) implements OrderFact {
    }

    // ---- inventory-service

    /** @param forRejectedFulfillment the location rejected the fulfilment order meanwhile: nothing stays allocated */
    record StockAllocated(String locationId, List<LineQuantity> lines, boolean forRejectedFulfillment) implements OrderFact {
    }

    record StockReleased(String locationId, List<LineQuantity> lines, String reason) implements OrderFact {
    }

    /** @param shortBy units missing per line */
    record StockAllocationFailed(String locationId, List<LineQuantity> shortBy, String reason) implements OrderFact {
    }

    // ---- payment-service

    record PaymentCaptured(Money amount) implements OrderFact {
    }

    /** As the invoice says (not checked against the order): null amounts are unknown. */
    record InvoiceIssued(String invoiceNumber, String currency, BigDecimal gross, BigDecimal tax) implements OrderFact {
    }

    /** @param lines returned units counted as refunded by this refund, null when none were (yet) */
    record RefundIssued(Money amount, List<LineQuantity> lines) implements OrderFact {
    }

    record AuthorizationReleased(Money amount, String reason) implements OrderFact {
    }

    // ---- returns-service, notification-service

    record ReturnReceived(String locationId, List<LineQuantity> lines) implements OrderFact {
    }

    record NotificationSent(String kind, String channel, String recipient) implements OrderFact {
    }

    /** An entry written before the timeline kept facts as data: only its words are known. */
    record Written(String text) implements OrderFact {
    }
}
