package com.omnidom.events;

import com.omnidom.events.inventory.AvailabilityChanged;
import com.omnidom.events.inventory.Shortage;
import com.omnidom.events.inventory.StockAllocated;
import com.omnidom.events.inventory.StockAllocationFailed;
import com.omnidom.events.inventory.StockLine;
import com.omnidom.events.notification.NotificationSent;
import com.omnidom.events.order.OrderAccepted;
import com.omnidom.events.order.OrderAccepted.Address;
import com.omnidom.events.order.OrderAccepted.Channel;
import com.omnidom.events.order.OrderAccepted.Customer;
import com.omnidom.events.order.OrderAccepted.Delivery;
import com.omnidom.events.order.OrderAccepted.DeliveryMode;
import com.omnidom.events.order.OrderAccepted.GeoPoint;
import com.omnidom.events.order.OrderAccepted.Line;
import com.omnidom.events.order.OrderAccepted.Tender;
import com.omnidom.events.order.OrderAccepted.TenderType;
import com.omnidom.events.payment.InvoiceIssued;
import com.omnidom.events.payment.PaymentCaptured;
import com.omnidom.events.payment.RefundIssued;
import com.omnidom.events.payment.TenderAmount;
import com.omnidom.events.returns.ReturnLine;
import com.omnidom.events.returns.ReturnReceived;
import com.omnidom.events.routing.FulfillmentAcknowledged;
import com.omnidom.events.routing.FulfillmentAssigned;
import com.omnidom.events.routing.FulfillmentLine;
import com.omnidom.events.routing.FulfillmentMode;
import com.omnidom.events.routing.FulfillmentPickedUp;
import com.omnidom.events.routing.FulfillmentReadyForPickup;
import com.omnidom.events.routing.FulfillmentRejected;
import com.omnidom.events.routing.FulfillmentShipped;
import com.omnidom.events.routing.FulfillmentUnroutable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Samples of the order-scoped events, telling two consistent stories.
 * <p>
 * <b>Web shop order, shipped and split</b> ({@link #ORDER_ID}): line 1 a garden set (1 × 499.00), line 2 two covers
 * (2 × 39.95), total 578.90, paid with a 50.00 gift card and a card. Routing first assigns line 2 to the Berlin
 * store, which rejects it (not found); then the Kassel warehouse gets line 1 and one cover (fulfilment A) and
 * the Hamburg store the other cover (fulfilment B). A ships: 538.95 is captured (gift card first) and invoiced.
 * The garden set comes back damaged with one cover: 538.95 is refunded to both tenders.
 * <p>
 * <b>Click and collect</b> ({@link #PICKUP_ORDER_ID}): two chairs to collect at the Berlin store, paid in cash there.
 * <p>
 * The remaining samples (unroutable, allocation failed, untracked letter, refund of nothing) show the other outcomes.
 */
final class OrderSamples {

    static final UUID ORDER_ID = UUID.fromString("7d3f5a2e-9c41-4b6e-8f0a-1e2d3c4b5a69");
    static final UUID PICKUP_ORDER_ID = UUID.fromString("c8e1b7d4-2a5f-4c93-b6e0-9f8a7d6c5b41");
    static final UUID FULFILLMENT_A = UUID.fromString("3a9c6e1f-7b24-4d58-a0c3-5e8f2b1d9c07");
    static final UUID FULFILLMENT_B = UUID.fromString("e4b2d8f6-1c3a-4e79-9b5d-0a6c8e2f4d13");
    static final UUID REJECTED_FULFILLMENT = UUID.fromString("9f1e3d5c-7a2b-4c6d-8e0f-1a3b5c7d9e2f");
    static final UUID PICKUP_FULFILLMENT = UUID.fromString("5b7d9f1a-3c5e-4a7b-9d1f-2b4c6e8a0d35");
    static final UUID RETURN_ID = UUID.fromString("b1c3e5a7-9d2f-4b6a-8c0e-3d5f7a9b1c24");

    private static final String WAREHOUSE = "WH-KASSEL-01";
    private static final String STORE_BERLIN = "STORE-BER-01";
    private static final String STORE_HAMBURG = "STORE-HAM-02";

    private OrderSamples() {
    }

    private static UUID id(String hex12) {
        return UUID.fromString("00000000-0000-4000-8000-" + hex12);
    }

    private static Instant at(String time) {
        return Instant.parse("2025-03-" + time);
    }

    // --- order-service ------------------------------------------------------------------------------------

    static OrderBuilder anOrder() {
        return new OrderBuilder();
    }

    static final class OrderBuilder {
        private UUID eventId = id("0a0000000001");
        private UUID orderId = ORDER_ID;
        private String orderNumber = "WS-2025-0001842";
        private Channel channel = Channel.WEB_SHOP;
        private Customer customer = new Customer("CUST-55120", "Jana Köhler", "jana.koehler@example.org", "+4930123456", "de");
        private List<Line> lines = List.of(
                new Line("1", "GARDEN-SET-042", 1, new BigDecimal("499.00"), new BigDecimal("0.19")),
                new Line("2", "COVER-LINDHOLM", 2, new BigDecimal("39.95"), new BigDecimal("0.19")));
        private BigDecimal total = new BigDecimal("578.90");
        private Delivery delivery = new Delivery(DeliveryMode.SHIP,
                new Address("Jana Köhler", "Kastanienallee 12", "10435", "Berlin", "DE"), new GeoPoint(52.5389, 13.4106), null);
        private List<Tender> tenders = List.of(
                new Tender("T1", TenderType.GIFT_CARD, new BigDecimal("50.00"), "6061225501874410"),
                new Tender("T2", TenderType.CARD, new BigDecimal("528.90"), "PSP-AUTH-8F3K2Q9X"));
        private boolean priority = true;

        /** A marketplace order from a guest: no customer id, e-mail or phone, no geo position, paid at the marketplace. */
        OrderBuilder sparse() {
            eventId = id("0a0000000002");
            orderId = UUID.fromString("f2a4c6e8-0b1d-4f3a-8c5e-7a9b1d3f5a86");
            orderNumber = "MP-302-7781190-4410";
            channel = Channel.MARKETPLACE;
            customer = new Customer(null, "Lukas Brandt", null, null, "de");
            lines = List.of(new Line("1", "CHAIR-LINDHOLM", 1, new BigDecimal("89"), new BigDecimal("0")));
            total = new BigDecimal("89");
            delivery = new Delivery(DeliveryMode.SHIP, new Address("Lukas Brandt", "Hauptstraße 3", "6020", "Innsbruck", "AT"), null, null);
            tenders = List.of();
            priority = false;
            return this;
        }

        /** Click and collect at the Berlin store, paid in cash on collection: no address, no geo. */
        OrderBuilder pickup() {
            eventId = id("0a0000000003");
            orderId = PICKUP_ORDER_ID;
            orderNumber = "WS-2025-0001907";
            customer = new Customer("CUST-80412", "Mehmet Yıldız", "m.yildiz@example.com", "+4915112345678", "tr");
            lines = List.of(new Line("1", "CHAIR-LINDHOLM", 2, new BigDecimal("89.00"), new BigDecimal("0.19")));
            total = new BigDecimal("178.00");
            delivery = new Delivery(DeliveryMode.PICKUP, null, null, STORE_BERLIN);
            tenders = List.of(new Tender("T1", TenderType.CASH, new BigDecimal("178.00"), null));
            priority = false;
            return this;
        }

        OrderBuilder total(BigDecimal total) {
            this.total = total;
            return this;
        }

        OrderAccepted build() {
            return new OrderAccepted(eventId, at("03T10:02:17.481Z"), orderId, orderNumber, channel, customer,
                    lines, "EUR", total, delivery, tenders, priority);
        }
    }

    // --- routing-service ----------------------------------------------------------------------------------

    private static List<FulfillmentLine> linesOfA() {
        return List.of(new FulfillmentLine("1", "GARDEN-SET-042", 1), new FulfillmentLine("2", "COVER-LINDHOLM", 1));
    }

    private static List<FulfillmentLine> pickupLines() {
        return List.of(new FulfillmentLine("1", "CHAIR-LINDHOLM", 2));
    }

    /** Fulfilment A: the warehouse ships the garden set and one cover to the customer; a VIP order. */
    static FulfillmentAssigned assignedToWarehouse() {
        return new FulfillmentAssigned(id("0b0000000001"), at("03T10:02:19Z"), ORDER_ID, FULFILLMENT_A, WAREHOUSE,
                linesOfA(), FulfillmentMode.SHIP, true);
    }

    /** Fulfilment B, the rest of the split: the Hamburg store ships the other cover. */
    static FulfillmentAssigned splitToStore() {
        return new FulfillmentAssigned(id("0b0000000002"), at("03T10:02:19Z"), ORDER_ID, FULFILLMENT_B, STORE_HAMBURG,
                List.of(new FulfillmentLine("2", "COVER-LINDHOLM", 1)), FulfillmentMode.SHIP, true);
    }

    static FulfillmentAssigned assignedForPickup() {
        return new FulfillmentAssigned(id("0b0000000003"), at("04T08:30:00Z"), PICKUP_ORDER_ID, PICKUP_FULFILLMENT,
                STORE_BERLIN, pickupLines(), FulfillmentMode.PICKUP, false);
    }

    static FulfillmentAcknowledged acknowledged() {
        return new FulfillmentAcknowledged(id("0b0000000004"), at("03T10:05:00Z"), ORDER_ID, FULFILLMENT_A, WAREHOUSE, linesOfA());
    }

    static FulfillmentRejected rejected() {
        return new FulfillmentRejected(id("0b0000000005"), at("03T10:02:18.950Z"), ORDER_ID, REJECTED_FULFILLMENT, STORE_BERLIN,
                List.of(new FulfillmentLine("2", "COVER-LINDHOLM", 2)), "NOT_FOUND");
    }

    static FulfillmentShipped shipped() {
        return new FulfillmentShipped(id("0b0000000006"), at("03T15:41:07Z"), ORDER_ID, FULFILLMENT_A, WAREHOUSE, linesOfA(),
                "DHL", "00340434161094042557");
    }

    /** Sent as a letter: no tracking number. */
    static FulfillmentShipped shippedUntracked() {
        return new FulfillmentShipped(id("0b0000000007"), at("04T09:12:00Z"), ORDER_ID, FULFILLMENT_B, STORE_HAMBURG,
                List.of(new FulfillmentLine("2", "COVER-LINDHOLM", 1)), "Deutsche Post", null);
    }

    static FulfillmentReadyForPickup readyForPickup() {
        return new FulfillmentReadyForPickup(id("0b0000000008"), at("04T11:00:00Z"), PICKUP_ORDER_ID, PICKUP_FULFILLMENT,
                STORE_BERLIN, pickupLines());
    }

    static FulfillmentPickedUp pickedUp() {
        return new FulfillmentPickedUp(id("0b0000000009"), at("05T17:22:45Z"), PICKUP_ORDER_ID, PICKUP_FULFILLMENT,
                STORE_BERLIN, pickupLines());
    }

    static FulfillmentUnroutable unroutable() {
        return new FulfillmentUnroutable(id("0b000000000a"), at("03T10:02:20Z"), ORDER_ID,
                List.of(new FulfillmentLine("2", "COVER-LINDHOLM", 1)), "NO_STOCK");
    }

    // --- inventory-service --------------------------------------------------------------------------------

    static StockAllocated allocated() {
        return new StockAllocated(id("0c0000000001"), at("03T10:02:19.730Z"), ORDER_ID, FULFILLMENT_A, WAREHOUSE,
                List.of(new StockLine("1", "GARDEN-SET-042", 1), new StockLine("2", "COVER-LINDHOLM", 1)));
    }

    static StockAllocationFailed allocationFailed() {
        return new StockAllocationFailed(id("0c0000000002"), at("03T10:02:19.800Z"), ORDER_ID, FULFILLMENT_B, STORE_HAMBURG,
                List.of(new Shortage("2", "COVER-LINDHOLM", 1, 0)), "INSUFFICIENT_STOCK");
    }

    /** A failure that is not about quantities: no shortages. */
    static StockAllocationFailed allocationFailedWithoutShortages() {
        return new StockAllocationFailed(id("0c0000000003"), at("03T10:02:19.800Z"), ORDER_ID, FULFILLMENT_B, STORE_HAMBURG,
                List.of(), "UNKNOWN_SKU");
    }

    static AvailabilityChanged availability() {
        return new AvailabilityChanged(id("0c0000000004"), at("03T10:02:19.730Z"), "GARDEN-SET-042", WAREHOUSE, 12, 5, 7, 418);
    }

    /** Sold out: everything on hand is allocated. */
    static AvailabilityChanged soldOut() {
        return new AvailabilityChanged(id("0c0000000005"), at("03T10:02:19.800Z"), "COVER-LINDHOLM", STORE_HAMBURG, 1, 1, 0, 27);
    }

    // --- payment-service ----------------------------------------------------------------------------------

    /** Fulfilment A shipped: 499.00 + 39.95, the gift card first, the rest from the card. */
    static PaymentCaptured captured() {
        return new PaymentCaptured(id("0d0000000001"), at("03T15:41:09Z"), ORDER_ID, FULFILLMENT_A, "EUR", new BigDecimal("538.95"),
                List.of(new TenderAmount("T1", "GIFT_CARD", new BigDecimal("50.00"), "GC-REDEEM-55310"),
                        new TenderAmount("T2", "CARD", new BigDecimal("488.95"), "PSP-CAPT-7Q2M1L")));
    }

    /** The pickup was paid in cash at the store: no PSP. */
    static PaymentCaptured capturedInCash() {
        return new PaymentCaptured(id("0d0000000002"), at("05T17:22:47Z"), PICKUP_ORDER_ID, PICKUP_FULFILLMENT, "EUR",
                new BigDecimal("178.00"), List.of(new TenderAmount("T1", "CASH", new BigDecimal("178.00"), null)));
    }

    static InvoiceIssued invoice() {
        return new InvoiceIssued(id("0d0000000003"), at("03T15:41:10Z"), ORDER_ID, UUID.fromString("2c4e6a8b-0d1f-4a3c-9e5b-7d9f1b3d5e60"),
                "RE-2025-004711", FULFILLMENT_A, "EUR", new BigDecimal("452.90"), new BigDecimal("86.05"), new BigDecimal("538.95"));
    }

    static RefundIssued refund() {
        return new RefundIssued(id("0d0000000004"), at("12T09:30:05Z"), ORDER_ID, RETURN_ID, "EUR", new BigDecimal("538.95"),
                List.of(new TenderAmount("T1", "GIFT_CARD", new BigDecimal("50.00"), "GC-CREDIT-55871"),
                        new TenderAmount("T2", "CARD", new BigDecimal("488.95"), "PSP-RFND-3K8W0Z")));
    }

    /** A goodwill refund of nothing: no tenders touched. */
    static RefundIssued refundOfNothing() {
        return new RefundIssued(id("0d0000000005"), at("12T09:30:05Z"), PICKUP_ORDER_ID, RETURN_ID, "EUR", new BigDecimal("0.00"),
                List.of());
    }

    // --- returns-service ----------------------------------------------------------------------------------

    /** The garden set came back damaged, one cover unused. */
    static ReturnReceived returnReceived() {
        return new ReturnReceived(id("0e0000000001"), at("12T09:30:00Z"), ORDER_ID, RETURN_ID, WAREHOUSE,
                List.of(new ReturnLine("1", "GARDEN-SET-042", 1, false), new ReturnLine("2", "COVER-LINDHOLM", 1, true)),
                "EUR", new BigDecimal("538.95"));
    }

    // --- notification-service -----------------------------------------------------------------------------

    static NotificationSent shippingNotice() {
        return new NotificationSent(id("0f0000000001"), at("03T15:41:12Z"), ORDER_ID, UUID.fromString("6e8a0c2e-4f6b-4d8f-a1c3-5e7a9c1e3f52"),
                NotificationSent.Kind.SHIPPED, "EMAIL", "jana.koehler@example.org", "de");
    }

    static NotificationSent pickupNotice() {
        return new NotificationSent(id("0f0000000002"), at("04T11:00:03Z"), PICKUP_ORDER_ID, UUID.fromString("8a0c2e4f-6b8d-4f1a-b3c5-7e9a1c3e5f74"),
                NotificationSent.Kind.READY_FOR_PICKUP, "SMS", "+4915112345678", "tr");
    }
}
