package com.omnidom.notification;

import com.omnidom.events.catalog.LocationChanged;
import com.omnidom.events.order.OrderAccepted;
import com.omnidom.events.order.OrderCancelled;
import com.omnidom.events.order.OrderHeld;
import com.omnidom.events.payment.AuthorizationReleased;
import com.omnidom.events.payment.DocumentIssued;
import com.omnidom.events.payment.DunningNoticeIssued;
import com.omnidom.events.payment.RefundIssued;
import com.omnidom.events.payment.TenderAmount;
import com.omnidom.events.routing.FulfillmentDeferred;
import com.omnidom.events.routing.FulfillmentLine;
import com.omnidom.events.routing.FulfillmentPickupReminderDue;
import com.omnidom.events.routing.FulfillmentReadyForPickup;
import com.omnidom.events.routing.FulfillmentShipped;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Other services' events as their relays publish them, with only what a test varies as parameters. */
public final class SampleEvents {

    private SampleEvents() {
    }

    /** Two lines (2 × SKU-RED-42 at 600.00, 1 × SKU-BLUE-1 at 34.50): total 1234.50 EUR, shipped home. */
    public static OrderAccepted anOrder(UUID orderId, String email, String language) {
        return order(orderId, email, language, new OrderAccepted.Delivery(OrderAccepted.DeliveryMode.SHIP,
                new OrderAccepted.Address("Anna Müller", "Hauptstraße 5", "10115", "Berlin", "DE"), null, null));
    }

    public static OrderAccepted aPickupOrder(UUID orderId, String email, String language, String storeId) {
        return order(orderId, email, language, new OrderAccepted.Delivery(OrderAccepted.DeliveryMode.PICKUP, null, null, storeId));
    }

    private static OrderAccepted order(UUID orderId, String email, String language, OrderAccepted.Delivery delivery) {
        return new OrderAccepted(UUID.randomUUID(), Instant.now(), orderId, "WEB-" + orderId.toString().substring(0, 8),
                OrderAccepted.Channel.WEB_SHOP,
                new OrderAccepted.Customer("C-1", "Anna Müller", email, null, language),
                List.of(new OrderAccepted.Line("L1", "SKU-RED-42", 2, new BigDecimal("600.00"), new BigDecimal("0.19")),
                        new OrderAccepted.Line("L2", "SKU-BLUE-1", 1, new BigDecimal("34.50"), new BigDecimal("0.19"))),
                "EUR", new BigDecimal("1234.50"), delivery,
                List.of(new OrderAccepted.Tender("T1", OrderAccepted.TenderType.CARD, new BigDecimal("1234.50"), "AUTH-1")),
                false);
    }

    public static FulfillmentShipped shipped(UUID orderId, UUID fulfillmentId, String trackingNumber) {
        return new FulfillmentShipped(UUID.randomUUID(), Instant.now(), orderId, fulfillmentId, "WH-1",
                List.of(new FulfillmentLine("L1", "SKU-RED-42", 2)), "DHL", trackingNumber);
    }

    public static FulfillmentReadyForPickup readyForPickup(UUID orderId, UUID fulfillmentId, String storeId, String pickupCode) {
        return new FulfillmentReadyForPickup(UUID.randomUUID(), Instant.now(), orderId, fulfillmentId, storeId,
                List.of(new FulfillmentLine("L1", "SKU-RED-42", 2), new FulfillmentLine("L2", "SKU-BLUE-1", 1)), pickupCode);
    }

    /** The pickup of {@link #readyForPickup} still waits: the store holds it until {@code heldUntil}. */
    public static FulfillmentPickupReminderDue pickupReminderDue(UUID orderId, UUID fulfillmentId, String storeId,
                                                                 String pickupCode, Instant heldUntil) {
        return new FulfillmentPickupReminderDue(UUID.randomUUID(), Instant.now(), orderId, fulfillmentId, storeId,
                List.of(new FulfillmentLine("L1", "SKU-RED-42", 2), new FulfillmentLine("L2", "SKU-BLUE-1", 1)), pickupCode,
                heldUntil.minus(java.time.Duration.ofDays(7)), heldUntil);
    }

    /** Order-service's cancellation of an expired pickup's units ({@link #aPickupOrder}'s every line). */
    public static OrderCancelled pickupExpired(UUID orderId) {
        return new OrderCancelled(UUID.randomUUID(), Instant.now(), orderId, List.of(
                new OrderCancelled.CancelledLine("L1", "SKU-RED-42", 2), new OrderCancelled.CancelledLine("L2", "SKU-BLUE-1", 1)),
                "PICKUP_EXPIRED", "pickup-expiry");
    }

    public static RefundIssued refund(UUID orderId, UUID returnId, String amount) {
        return new RefundIssued(UUID.randomUUID(), Instant.now(), orderId, returnId, "EUR", new BigDecimal(amount),
                List.of(new TenderAmount("T1", "CARD", new BigDecimal(amount), "PSP-1")));
    }

    /** Cancels lines of {@link #anOrder}: {@code lineIdsAndUnits} alternate line id (L1, L2) and units. */
    public static OrderCancelled cancelled(UUID orderId, Object... lineIdsAndUnits) {
        List<OrderCancelled.CancelledLine> lines = new ArrayList<>();
        for (int i = 0; i < lineIdsAndUnits.length; i += 2) {
            String lineId = (String) lineIdsAndUnits[i];
            lines.add(new OrderCancelled.CancelledLine(lineId, lineId.equals("L1") ? "SKU-RED-42" : "SKU-BLUE-1",
                    (Integer) lineIdsAndUnits[i + 1]));
        }
        return new OrderCancelled(UUID.randomUUID(), Instant.now(), orderId, lines, "customer request", "service-desk");
    }

    public static OrderHeld held(UUID orderId) {
        return new OrderHeld(UUID.randomUUID(), Instant.now(), orderId, "WEB-" + orderId.toString().substring(0, 8),
                OrderAccepted.Channel.WEB_SHOP, List.of("VELOCITY"), 1);
    }

    public static FulfillmentDeferred deferred(UUID orderId, String reason) {
        return new FulfillmentDeferred(UUID.randomUUID(), Instant.now(), orderId,
                List.of(new FulfillmentLine("L2", "SKU-BLUE-1", 1)), reason, Instant.now().plusSeconds(86_400));
    }

    public static AuthorizationReleased released(UUID orderId, String amount) {
        return new AuthorizationReleased(UUID.randomUUID(), Instant.now(), orderId, "EUR", new BigDecimal(amount),
                List.of(new TenderAmount("T1", "CARD", new BigDecimal(amount), "rel_1")), "customer request");
    }

    /** The PDF of a shipment's invoice (a few bytes that start and end like one). */
    public static DocumentIssued invoiceDocument(UUID orderId, UUID fulfillmentId, String invoiceNumber) {
        return new DocumentIssued(UUID.randomUUID(), Instant.now(), orderId, invoiceNumber, DocumentIssued.INVOICE,
                fulfillmentId, null, "de", invoiceNumber + ".pdf", "application/pdf", pdf(invoiceNumber));
    }

    /** The PDF of a return's credit note. */
    public static DocumentIssued creditNoteDocument(UUID orderId, UUID returnId, String creditNoteNumber) {
        return new DocumentIssued(UUID.randomUUID(), Instant.now(), orderId, creditNoteNumber, DocumentIssued.CREDIT_NOTE,
                null, returnId, "de", creditNoteNumber + ".pdf", "application/pdf", pdf(creditNoteNumber));
    }

    public static byte[] pdf(String title) {
        return ("%PDF-1.4\n% " + title + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    public static DunningNoticeIssued dunningNotice(UUID orderId, String invoiceNumber, int level, String openAmount,
                                                    String fee, LocalDate payBy) {
        return new DunningNoticeIssued(UUID.randomUUID(), Instant.now(), orderId, invoiceNumber, level, "EUR",
                new BigDecimal(openAmount), new BigDecimal(fee), payBy);
    }

    public static LocationChanged aStore(String id, String name) {
        return new LocationChanged(UUID.randomUUID(), Instant.now(), id, 0, LocationChanged.LocationType.STORE, name,
                new LocationChanged.Address("Alexanderplatz 1", "10178", "Berlin", "DE"),
                new LocationChanged.GeoPoint(52.52, 13.41), "Europe/Berlin", List.of(), List.of(), null, null,
                List.of(LocationChanged.Capability.PICKUP), null, true);
    }
}
