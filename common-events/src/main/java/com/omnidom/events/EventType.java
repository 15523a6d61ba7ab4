package com.omnidom.events;

import com.omnidom.events.catalog.ArticleChanged;
import com.omnidom.events.catalog.LocationChanged;
import com.omnidom.events.catalog.PromotionChanged;
import com.omnidom.events.inventory.AvailabilityChanged;
import com.omnidom.events.inventory.StockAllocated;
import com.omnidom.events.inventory.StockAllocationFailed;
import com.omnidom.events.inventory.StockReleased;
import com.omnidom.events.notification.NotificationSent;
import com.omnidom.events.order.DeliveryAddressChanged;
import com.omnidom.events.order.OrderAccepted;
import com.omnidom.events.order.OrderCancelled;
import com.omnidom.events.order.OrderHeld;
import com.omnidom.events.order.OrderNoteAdded;
import com.omnidom.events.order.OrderRejected;
import com.omnidom.events.payment.AuthorizationReleased;
import com.omnidom.events.payment.ChargebackAccepted;
import com.omnidom.events.payment.ChargebackContested;
import com.omnidom.events.payment.ChargebackOpened;
import com.omnidom.events.payment.ChargebackResolved;
import com.omnidom.events.payment.CreditNoteIssued;
import com.omnidom.events.payment.DocumentIssued;
import com.omnidom.events.payment.DunningNoticeIssued;
import com.omnidom.events.payment.InvoiceIssued;
import com.omnidom.events.payment.JournalEntryPosted;
import com.omnidom.events.payment.PaymentCaptured;
import com.omnidom.events.payment.PaymentReceived;
import com.omnidom.events.payment.ReceivableWrittenOff;
import com.omnidom.events.payment.RefundIssued;
import com.omnidom.events.returns.ReturnReceived;
import com.omnidom.events.routing.FulfillmentAcknowledged;
import com.omnidom.events.routing.FulfillmentAssigned;
import com.omnidom.events.routing.FulfillmentCancelled;
import com.omnidom.events.routing.FulfillmentDeferred;
import com.omnidom.events.routing.FulfillmentPickedUp;
import com.omnidom.events.routing.FulfillmentPickupExpired;
import com.omnidom.events.routing.FulfillmentPickupReminderDue;
import com.omnidom.events.routing.FulfillmentReadyForPickup;
import com.omnidom.events.routing.FulfillmentRejected;
import com.omnidom.events.routing.FulfillmentShipped;
import com.omnidom.events.routing.FulfillmentUnroutable;
import com.omnidom.events.routing.PartnerFulfillmentOrderChanged;

import java.util.Arrays;

/**
 * The registry of event types: the CloudEvents {@code ce_type}, the record, the topic and the committed
 * JSON Schema of each. A breaking change adds a new {@code .v2} entry; fields are only ever added.
 */
public enum EventType {

    ARTICLE_CHANGED("omnidom.catalog.article-changed.v1", ArticleChanged.class, Topics.CATALOG_ARTICLES,
            "schemas/catalog/article-changed.v1.json"),
    LOCATION_CHANGED("omnidom.catalog.location-changed.v1", LocationChanged.class, Topics.CATALOG_LOCATIONS,
            "schemas/catalog/location-changed.v1.json"),
    PROMOTION_CHANGED("omnidom.catalog.promotion-changed.v1", PromotionChanged.class, Topics.CATALOG_PROMOTIONS,
            "schemas/catalog/promotion-changed.v1.json"),

    ORDER_ACCEPTED("omnidom.order.order-accepted.v1", OrderAccepted.class, Topics.ORDER_EVENTS,
            "schemas/order/order-accepted.v1.json"),
    ORDER_HELD("omnidom.order.order-held.v1", OrderHeld.class, Topics.ORDER_EVENTS,
            "schemas/order/order-held.v1.json"),
    ORDER_REJECTED("omnidom.order.order-rejected.v1", OrderRejected.class, Topics.ORDER_EVENTS,
            "schemas/order/order-rejected.v1.json"),
    ORDER_CANCELLED("omnidom.order.order-cancelled.v1", OrderCancelled.class, Topics.ORDER_EVENTS,
            "schemas/order/order-cancelled.v1.json"),
    DELIVERY_ADDRESS_CHANGED("omnidom.order.delivery-address-changed.v1", DeliveryAddressChanged.class,
            Topics.ORDER_EVENTS, "schemas/order/delivery-address-changed.v1.json"),
    ORDER_NOTE_ADDED("omnidom.order.order-note-added.v1", OrderNoteAdded.class, Topics.ORDER_EVENTS,
            "schemas/order/order-note-added.v1.json"),

    FULFILLMENT_ASSIGNED("omnidom.routing.fulfillment-assigned.v1", FulfillmentAssigned.class,
            Topics.FULFILLMENT_EVENTS, "schemas/routing/fulfillment-assigned.v1.json"),
    FULFILLMENT_ACKNOWLEDGED("omnidom.routing.fulfillment-acknowledged.v1", FulfillmentAcknowledged.class,
            Topics.FULFILLMENT_EVENTS, "schemas/routing/fulfillment-acknowledged.v1.json"),
    FULFILLMENT_REJECTED("omnidom.routing.fulfillment-rejected.v1", FulfillmentRejected.class,
            Topics.FULFILLMENT_EVENTS, "schemas/routing/fulfillment-rejected.v1.json"),
    FULFILLMENT_SHIPPED("omnidom.routing.fulfillment-shipped.v1", FulfillmentShipped.class,
            Topics.FULFILLMENT_EVENTS, "schemas/routing/fulfillment-shipped.v1.json"),
    FULFILLMENT_READY_FOR_PICKUP("omnidom.routing.fulfillment-ready-for-pickup.v1", FulfillmentReadyForPickup.class,
            Topics.FULFILLMENT_EVENTS, "schemas/routing/fulfillment-ready-for-pickup.v1.json"),
    FULFILLMENT_PICKED_UP("omnidom.routing.fulfillment-picked-up.v1", FulfillmentPickedUp.class,
            Topics.FULFILLMENT_EVENTS, "schemas/routing/fulfillment-picked-up.v1.json"),
    FULFILLMENT_UNROUTABLE("omnidom.routing.fulfillment-unroutable.v1", FulfillmentUnroutable.class,
            Topics.FULFILLMENT_EVENTS, "schemas/routing/fulfillment-unroutable.v1.json"),
    FULFILLMENT_CANCELLED("omnidom.routing.fulfillment-cancelled.v1", FulfillmentCancelled.class,
            Topics.FULFILLMENT_EVENTS, "schemas/routing/fulfillment-cancelled.v1.json"),
    FULFILLMENT_DEFERRED("omnidom.routing.fulfillment-deferred.v1", FulfillmentDeferred.class,
            Topics.FULFILLMENT_EVENTS, "schemas/routing/fulfillment-deferred.v1.json"),
    FULFILLMENT_PICKUP_REMINDER_DUE("omnidom.routing.fulfillment-pickup-reminder-due.v1", FulfillmentPickupReminderDue.class,
            Topics.FULFILLMENT_EVENTS, "schemas/routing/fulfillment-pickup-reminder-due.v1.json"),
    FULFILLMENT_PICKUP_EXPIRED("omnidom.routing.fulfillment-pickup-expired.v1", FulfillmentPickupExpired.class,
            Topics.FULFILLMENT_EVENTS, "schemas/routing/fulfillment-pickup-expired.v1.json"),
    /** On each partner's own topic: {@link #topic()} is the template, {@code Topics.partnerFulfillmentOrders} the topic. */
    PARTNER_FULFILLMENT_ORDER_CHANGED("omnidom.routing.partner-fulfillment-order-changed.v1",
            PartnerFulfillmentOrderChanged.class, Topics.PARTNER_FULFILLMENT_ORDERS,
            "schemas/routing/partner-fulfillment-order-changed.v1.json"),

    STOCK_ALLOCATED("omnidom.inventory.stock-allocated.v1", StockAllocated.class, Topics.INVENTORY_EVENTS,
            "schemas/inventory/stock-allocated.v1.json"),
    STOCK_ALLOCATION_FAILED("omnidom.inventory.stock-allocation-failed.v1", StockAllocationFailed.class,
            Topics.INVENTORY_EVENTS, "schemas/inventory/stock-allocation-failed.v1.json"),
    STOCK_RELEASED("omnidom.inventory.stock-released.v1", StockReleased.class, Topics.INVENTORY_EVENTS,
            "schemas/inventory/stock-released.v1.json"),
    AVAILABILITY_CHANGED("omnidom.inventory.availability-changed.v1", AvailabilityChanged.class,
            Topics.INVENTORY_AVAILABILITY, "schemas/inventory/availability-changed.v1.json"),

    PAYMENT_CAPTURED("omnidom.payment.payment-captured.v1", PaymentCaptured.class, Topics.PAYMENT_EVENTS,
            "schemas/payment/payment-captured.v1.json"),
    INVOICE_ISSUED("omnidom.payment.invoice-issued.v1", InvoiceIssued.class, Topics.PAYMENT_EVENTS,
            "schemas/payment/invoice-issued.v1.json"),
    REFUND_ISSUED("omnidom.payment.refund-issued.v1", RefundIssued.class, Topics.PAYMENT_EVENTS,
            "schemas/payment/refund-issued.v1.json"),
    AUTHORIZATION_RELEASED("omnidom.payment.authorization-released.v1", AuthorizationReleased.class,
            Topics.PAYMENT_EVENTS, "schemas/payment/authorization-released.v1.json"),
    CREDIT_NOTE_ISSUED("omnidom.payment.credit-note-issued.v1", CreditNoteIssued.class, Topics.PAYMENT_EVENTS,
            "schemas/payment/credit-note-issued.v1.json"),
    CHARGEBACK_OPENED("omnidom.payment.chargeback-opened.v1", ChargebackOpened.class, Topics.PAYMENT_EVENTS,
            "schemas/payment/chargeback-opened.v1.json"),
    CHARGEBACK_ACCEPTED("omnidom.payment.chargeback-accepted.v1", ChargebackAccepted.class, Topics.PAYMENT_EVENTS,
            "schemas/payment/chargeback-accepted.v1.json"),
    CHARGEBACK_CONTESTED("omnidom.payment.chargeback-contested.v1", ChargebackContested.class, Topics.PAYMENT_EVENTS,
            "schemas/payment/chargeback-contested.v1.json"),
    CHARGEBACK_RESOLVED("omnidom.payment.chargeback-resolved.v1", ChargebackResolved.class, Topics.PAYMENT_EVENTS,
            "schemas/payment/chargeback-resolved.v1.json"),
    PAYMENT_RECEIVED("omnidom.payment.payment-received.v1", PaymentReceived.class, Topics.PAYMENT_EVENTS,
            "schemas/payment/payment-received.v1.json"),
    DUNNING_NOTICE_ISSUED("omnidom.payment.dunning-notice-issued.v1", DunningNoticeIssued.class, Topics.PAYMENT_EVENTS,
            "schemas/payment/dunning-notice-issued.v1.json"),
    RECEIVABLE_WRITTEN_OFF("omnidom.payment.receivable-written-off.v1", ReceivableWrittenOff.class, Topics.PAYMENT_EVENTS,
            "schemas/payment/receivable-written-off.v1.json"),
    JOURNAL_ENTRY_POSTED("omnidom.payment.journal-entry-posted.v1", JournalEntryPosted.class, Topics.FINANCE_POSTINGS,
            "schemas/payment/journal-entry-posted.v1.json"),
    DOCUMENT_ISSUED("omnidom.payment.document-issued.v1", DocumentIssued.class, Topics.PAYMENT_DOCUMENTS,
            "schemas/payment/document-issued.v1.json"),

    RETURN_RECEIVED("omnidom.returns.return-received.v1", ReturnReceived.class, Topics.RETURN_EVENTS,
            "schemas/returns/return-received.v1.json"),

    NOTIFICATION_SENT("omnidom.notification.notification-sent.v1", NotificationSent.class,
            Topics.NOTIFICATION_EVENTS, "schemas/notification/notification-sent.v1.json");

    private final String type;
    private final Class<? extends ContractEvent> recordType;
    private final TopicSpec topic;
    private final String schemaResource;

    EventType(String type, Class<? extends ContractEvent> recordType, TopicSpec topic, String schemaResource) {
        this.type = type;
        this.recordType = recordType;
        this.topic = topic;
        this.schemaResource = schemaResource;
    }

    public String type() {
        return type;
    }

    public Class<? extends ContractEvent> recordType() {
        return recordType;
    }

    public TopicSpec topic() {
        return topic;
    }

    /** Class-path location of the JSON Schema (draft 2020-12) of this event's body. */
    public String schemaResource() {
        return schemaResource;
    }

    public static EventType of(Class<? extends ContractEvent> recordType) {
        return Arrays.stream(values()).filter(t -> t.recordType == recordType).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no event type for " + recordType.getName()));
    }

    public static EventType of(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown event type " + type));
    }
}
