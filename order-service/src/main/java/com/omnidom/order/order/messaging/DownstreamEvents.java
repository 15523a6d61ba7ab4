package com.omnidom.order.order.messaging;

import com.omnidom.events.ContractEvent;
import com.omnidom.events.inventory.Shortage;
import com.omnidom.events.inventory.StockAllocated;
import com.omnidom.events.inventory.StockAllocationFailed;
import com.omnidom.events.inventory.StockLine;
import com.omnidom.events.inventory.StockReleased;
import com.omnidom.events.payment.AuthorizationReleased;
import com.omnidom.events.routing.FulfillmentCancelled;
import com.omnidom.events.routing.FulfillmentDeferred;
import com.omnidom.events.notification.NotificationSent;
import com.omnidom.events.payment.InvoiceIssued;
import com.omnidom.events.payment.PaymentCaptured;
import com.omnidom.events.payment.RefundIssued;
import com.omnidom.events.returns.ReturnLine;
import com.omnidom.events.returns.ReturnReceived;
import com.omnidom.events.routing.FulfillmentAcknowledged;
import com.omnidom.events.routing.FulfillmentAssigned;
import com.omnidom.events.routing.FulfillmentLine;
import com.omnidom.events.routing.FulfillmentPickedUp;
import com.omnidom.events.routing.FulfillmentPickupReminderDue;
import com.omnidom.events.routing.FulfillmentReadyForPickup;
import com.omnidom.events.routing.FulfillmentRejected;
import com.omnidom.events.routing.FulfillmentShipped;
import com.omnidom.events.routing.FulfillmentUnroutable;
import com.omnidom.order.order.domain.FulfillmentId;
import com.omnidom.order.order.domain.LineQuantity;
import com.omnidom.order.order.domain.Order;

import java.util.List;
import java.util.function.Consumer;

/** Translates the contract events order-service follows into facts noted on the order; other events mean nothing here. */
final class DownstreamEvents {

    private DownstreamEvents() {
    }

    /**
     * @return the fact to note, or null when the event does not concern the order's state (or changes it otherwise: an
     * expired pickup is cancelled by {@code CancelExpiredPickup})
     */
    static Consumer<Order> fact(ContractEvent event) {
        return switch (event) {
            case FulfillmentAssigned e -> o -> o.noteFulfillmentAssigned(new FulfillmentId(e.fulfillmentId()),
                    e.locationId(), fulfillmentLines(e.lines()), e.occurredAt());
            case FulfillmentAcknowledged e -> o -> o.noteFulfillmentAcknowledged(new FulfillmentId(e.fulfillmentId()),
                    e.occurredAt());
            case FulfillmentRejected e -> o -> o.noteFulfillmentRejected(new FulfillmentId(e.fulfillmentId()), e.reason(),
                    e.occurredAt());
            case FulfillmentShipped e -> o -> o.noteFulfillmentShipped(new FulfillmentId(e.fulfillmentId()),
                    fulfillmentLines(e.lines()), e.carrier(), e.trackingNumber(), e.occurredAt());
            case FulfillmentReadyForPickup e -> o -> o.noteReadyForPickup(new FulfillmentId(e.fulfillmentId()),
                    fulfillmentLines(e.lines()), e.occurredAt());
            case FulfillmentPickedUp e -> o -> o.notePickedUp(new FulfillmentId(e.fulfillmentId()),
                    fulfillmentLines(e.lines()), e.occurredAt());
            case FulfillmentPickupReminderDue e -> o -> o.notePickupReminderDue(new FulfillmentId(e.fulfillmentId()),
                    fulfillmentLines(e.lines()), e.heldUntil(), e.occurredAt());
            case FulfillmentUnroutable e -> o -> o.noteUnroutable(fulfillmentLines(e.lines()), e.reason(), e.occurredAt());
            case FulfillmentCancelled e -> o -> o.noteFulfillmentCancelled(new FulfillmentId(e.fulfillmentId()),
                    fulfillmentLines(e.lines()), e.reason(), e.occurredAt());
            case FulfillmentDeferred e -> o -> o.noteFulfillmentDeferred(fulfillmentLines(e.lines()), e.reason(),
                    e.retryUntil(), e.occurredAt());
            case StockReleased e -> o -> o.noteStockReleased(new FulfillmentId(e.fulfillmentId()), e.locationId(),
                    stockLines(e.lines()), e.reason(), e.occurredAt());
            case AuthorizationReleased e -> o -> o.noteAuthorizationReleased(e.currency(), e.amount(), e.reason(),
                    e.occurredAt());
            case StockAllocated e -> o -> o.noteStockAllocated(new FulfillmentId(e.fulfillmentId()), e.locationId(),
                    stockLines(e.lines()), e.occurredAt());
            case StockAllocationFailed e -> o -> o.noteStockAllocationFailed(new FulfillmentId(e.fulfillmentId()),
                    e.locationId(), shortages(e.shortages()), e.reason(), e.occurredAt());
            case PaymentCaptured e -> o -> o.notePaymentCaptured(e.currency(), e.amount(), e.occurredAt());
            case InvoiceIssued e -> o -> o.noteInvoiceIssued(e.invoiceNumber(), e.currency(), e.gross(), e.tax(),
                    e.occurredAt());
            case RefundIssued e -> o -> o.noteRefundIssued(e.returnId(), e.currency(), e.amount(), e.occurredAt());
            case ReturnReceived e -> o -> o.noteReturnReceived(e.returnId(), e.locationId(), returnLines(e.lines()),
                    e.occurredAt());
            case NotificationSent e -> o -> o.noteNotificationSent(e.kind() == null ? "?" : e.kind().name(), e.channel(),
                    e.recipient(), e.occurredAt());
            default -> null;
        };
    }

    static List<LineQuantity> fulfillmentLines(List<FulfillmentLine> lines) {
        return lines.stream().map(l -> new LineQuantity(l.lineId(), l.sku(), l.quantity())).toList();
    }

    private static List<LineQuantity> stockLines(List<StockLine> lines) {
        return lines.stream().map(l -> new LineQuantity(l.lineId(), l.sku(), l.quantity())).toList();
    }

    private static List<LineQuantity> returnLines(List<ReturnLine> lines) {
        return lines.stream().map(l -> new LineQuantity(l.lineId(), l.sku(), l.quantity())).toList();
    }

    private static List<LineQuantity> shortages(List<Shortage> shortages) {
        return shortages.stream().map(s -> new LineQuantity(s.lineId(), s.sku(), s.requested() - s.available())).toList();
    }
}
