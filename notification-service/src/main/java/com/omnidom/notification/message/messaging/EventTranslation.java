package com.omnidom.notification.message.messaging;

import com.omnidom.events.order.OrderAccepted;
import com.omnidom.events.order.OrderCancelled;
import com.omnidom.events.payment.AuthorizationReleased;
import com.omnidom.events.payment.DocumentIssued;
import com.omnidom.events.payment.DunningNoticeIssued;
import com.omnidom.events.payment.RefundIssued;
import com.omnidom.events.routing.FulfillmentDeferred;
import com.omnidom.events.routing.FulfillmentLine;
import com.omnidom.events.routing.FulfillmentPickupReminderDue;
import com.omnidom.events.routing.FulfillmentReadyForPickup;
import com.omnidom.events.routing.FulfillmentShipped;
import com.omnidom.kernel.Money;
import com.omnidom.notification.contact.domain.ContactLine;
import com.omnidom.notification.contact.domain.DeliveryMode;
import com.omnidom.notification.message.application.Cancellation;
import com.omnidom.notification.message.application.Delay;
import com.omnidom.notification.message.application.DunningNotice;
import com.omnidom.notification.message.application.IssuedDocument;
import com.omnidom.notification.message.domain.DocumentKind;
import com.omnidom.notification.message.application.Release;
import com.omnidom.notification.message.application.OrderToConfirm;
import com.omnidom.notification.message.application.PickupReady;
import com.omnidom.notification.message.application.PickupReminder;
import com.omnidom.notification.message.application.Refund;
import com.omnidom.notification.message.application.Shipment;
import com.omnidom.platform.events.PermanentEventFailure;

import java.math.BigDecimal;
import java.util.List;

/** Contract events into this service's terms, at the edge. */
final class EventTranslation {

    private EventTranslation() {
    }

    static OrderToConfirm order(OrderAccepted e) {
        if (e.orderId() == null || e.currency() == null || e.total() == null) {
            throw new PermanentEventFailure("OrderAccepted " + e.eventId() + " lacks orderId, currency or total");
        }
        var customer = e.customer();
        var delivery = e.delivery();
        DeliveryMode mode = delivery != null && delivery.mode() == OrderAccepted.DeliveryMode.PICKUP
                ? DeliveryMode.PICKUP : DeliveryMode.SHIP;
        return new OrderToConfirm(e.orderId(), e.orderNumber(),
                customer == null ? null : customer.name(), customer == null ? null : customer.email(),
                customer == null ? null : customer.language(), mode,
                delivery == null ? null : delivery.pickupLocationId(), money(e.total(), e.currency(), "OrderAccepted", e.eventId()),
                e.lines().stream().map(l -> new ContactLine(l.sku(), l.quantity())).toList(), e.occurredAt());
    }

    static Shipment shipment(FulfillmentShipped e) {
        requireIds(e.orderId() != null && e.fulfillmentId() != null, e.eventId());
        return new Shipment(e.orderId(), e.fulfillmentId(), e.locationId(), e.carrier(), e.trackingNumber(), lines(e.lines()));
    }

    static PickupReady pickup(FulfillmentReadyForPickup e) {
        requireIds(e.orderId() != null && e.fulfillmentId() != null, e.eventId());
        return new PickupReady(e.orderId(), e.fulfillmentId(), e.locationId(), lines(e.lines()), e.pickupCode());
    }

    static PickupReminder pickupReminder(FulfillmentPickupReminderDue e) {
        requireIds(e.orderId() != null && e.fulfillmentId() != null, e.eventId());
        if (e.heldUntil() == null) throw new PermanentEventFailure("FulfillmentPickupReminderDue " + e.eventId() + " lacks heldUntil");
        return new PickupReminder(e.orderId(), e.fulfillmentId(), e.locationId(), lines(e.lines()), e.pickupCode(), e.heldUntil());
    }

    static Refund refund(RefundIssued e) {
        if (e.orderId() == null || e.currency() == null || e.amount() == null) {
            throw new PermanentEventFailure("RefundIssued " + e.eventId() + " lacks orderId, currency or amount");
        }
        return new Refund(e.orderId(), e.returnId(), e.eventId(), money(e.amount(), e.currency(), "RefundIssued", e.eventId()));
    }

    static Cancellation cancellation(OrderCancelled e) {
        if (e.orderId() == null) throw new PermanentEventFailure("OrderCancelled " + e.eventId() + " lacks orderId");
        return new Cancellation(e.orderId(), e.eventId(),
                e.lines().stream().map(l -> new ContactLine(l.sku(), l.quantity())).toList(), e.reason());
    }

    static Delay delay(FulfillmentDeferred e) {
        if (e.orderId() == null) throw new PermanentEventFailure("FulfillmentDeferred " + e.eventId() + " lacks orderId");
        return new Delay(e.orderId(), lines(e.lines()), e.reason());
    }

    static Release release(AuthorizationReleased e) {
        if (e.orderId() == null || e.currency() == null || e.amount() == null) {
            throw new PermanentEventFailure("AuthorizationReleased " + e.eventId() + " lacks orderId, currency or amount");
        }
        boolean toCard = e.releases().stream().anyMatch(r -> "CARD".equals(r.type()));
        boolean toStoredValue = e.releases().stream()
                .anyMatch(r -> "GIFT_CARD".equals(r.type()) || "BONUS_POINTS".equals(r.type()));
        return new Release(e.orderId(), e.eventId(), money(e.amount(), e.currency(), "AuthorizationReleased", e.eventId()),
                toCard, toStoredValue);
    }

    static IssuedDocument document(DocumentIssued e) {
        if (e.orderId() == null || e.documentNumber() == null || e.fileName() == null || e.content() == null
                || e.content().length == 0) {
            throw new PermanentEventFailure("DocumentIssued " + e.eventId() + " lacks orderId, documentNumber, fileName or content");
        }
        DocumentKind kind;
        try {
            kind = DocumentKind.valueOf(String.valueOf(e.kind()));
        } catch (IllegalArgumentException unknown) {
            throw new PermanentEventFailure("DocumentIssued " + e.eventId() + " of unknown kind " + e.kind(), unknown);
        }
        String contentType = e.contentType() == null ? "application/pdf" : e.contentType();
        return new IssuedDocument(e.orderId(), kind, e.documentNumber(), e.fulfillmentId(), e.returnId(), e.language(),
                e.fileName(), contentType, e.content());
    }

    static DunningNotice dunning(DunningNoticeIssued e) {
        if (e.orderId() == null || e.invoiceNumber() == null || e.currency() == null || e.openAmount() == null
                || e.fee() == null || e.payBy() == null) {
            throw new PermanentEventFailure("DunningNoticeIssued " + e.eventId()
                    + " lacks orderId, invoiceNumber, currency, openAmount, fee or payBy");
        }
        return new DunningNotice(e.orderId(), e.invoiceNumber(), e.level(),
                money(e.openAmount(), e.currency(), "DunningNoticeIssued", e.eventId()),
                money(e.fee(), e.currency(), "DunningNoticeIssued", e.eventId()), e.payBy());
    }

    private static List<ContactLine> lines(List<FulfillmentLine> lines) {
        return lines.stream().map(l -> new ContactLine(l.sku(), l.quantity())).toList();
    }

    /** A contract amount as kernel money; an unknown currency or sub-minor-unit decimals can never be told. */
    private static Money money(BigDecimal amount, String currency, String event, Object eventId) {
        try {
            return Money.of(amount.toPlainString(), currency);
        } catch (IllegalArgumentException e) {
            throw new PermanentEventFailure(event + " " + eventId + ": " + e.getMessage(), e);
        }
    }

    private static void requireIds(boolean present, Object eventId) {
        if (!present) throw new PermanentEventFailure("fulfilment event " + eventId + " lacks orderId or fulfillmentId");
    }
}
