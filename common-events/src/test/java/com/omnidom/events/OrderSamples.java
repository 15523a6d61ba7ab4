package com.omnidom.events;

import com.omnidom.events.inventory.AvailabilityChanged;
import com.omnidom.events.inventory.AvailabilityChanged.ChannelReservation;
import com.omnidom.events.inventory.AvailabilityChanged.InTransit;
import com.omnidom.events.inventory.Shortage;
import com.omnidom.events.inventory.StockAllocated;
import com.omnidom.events.inventory.StockAllocationFailed;
import com.omnidom.events.inventory.StockLine;
import com.omnidom.events.inventory.StockReleased;
import com.omnidom.events.notification.NotificationSent;
import com.omnidom.events.order.DeliveryAddressChanged;
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
import com.omnidom.events.order.OrderCancelled;
import com.omnidom.events.order.OrderCancelled.CancelledLine;
import com.omnidom.events.order.OrderHeld;
import com.omnidom.events.order.OrderNoteAdded;
import com.omnidom.events.order.OrderRejected;
import com.omnidom.events.payment.AuthorizationReleased;
import com.omnidom.events.payment.ChargebackAccepted;
import com.omnidom.events.payment.ChargebackContested;
import com.omnidom.events.payment.ChargebackOpened;
import com.omnidom.events.payment.ChargebackResolved;
import com.omnidom.events.TaxCategory;
import com.omnidom.events.payment.CreditNoteIssued;
import com.omnidom.events.payment.DocumentIssued;
import com.omnidom.events.payment.DunningNoticeIssued;
import com.omnidom.events.payment.PaymentReceived;
import com.omnidom.events.payment.ReceivableWrittenOff;
import com.omnidom.events.payment.JournalEntryPosted;
import com.omnidom.events.payment.InvoiceIssued;
import com.omnidom.events.payment.PaymentCaptured;
import com.omnidom.events.payment.RefundIssued;
import com.omnidom.events.payment.TenderAmount;
import com.omnidom.events.returns.ReturnLine;
import com.omnidom.events.returns.ReturnReceived;
import com.omnidom.events.routing.FulfillmentAcknowledged;
import com.omnidom.events.routing.FulfillmentAssigned;
import com.omnidom.events.routing.FulfillmentCancelled;
import com.omnidom.events.routing.FulfillmentDeferred;
import com.omnidom.events.routing.FulfillmentLine;
import com.omnidom.events.routing.FulfillmentMode;
import com.omnidom.events.routing.FulfillmentPickedUp;
import com.omnidom.events.routing.FulfillmentPickupExpired;
import com.omnidom.events.routing.FulfillmentPickupReminderDue;
import com.omnidom.events.routing.FulfillmentReadyForPickup;
import com.omnidom.events.routing.FulfillmentRejected;
import com.omnidom.events.routing.FulfillmentShipped;
import com.omnidom.events.routing.FulfillmentUnroutable;
import com.omnidom.events.routing.PartnerFulfillmentOrderChanged;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
 * <b>Held and rejected</b> ({@link #HELD_ORDER_ID}): a call-centre order the risk check held; a reviewer rejects it.
 * <b>Replacement</b>: a new order that sends the damaged garden set again ({@code replacesOrderId} = {@link #ORDER_ID}).
 * <b>Cancellations</b>: one cover of the web shop order is cancelled (its 39.95 authorisation released), the pickup
 * order is cancelled whole (its fulfilment cancelled, the chairs released back to the Berlin store's stock).
 * <p>
 * The remaining samples (unroutable, deferred, allocation failed, untracked letter, refund of nothing, an e-gift
 * card with issued codes and no stock limit) show the other outcomes.
 */
final class OrderSamples {

    static final UUID ORDER_ID = UUID.fromString("7d3f5a2e-9c41-4b6e-8f0a-1e2d3c4b5a69");
    static final UUID PICKUP_ORDER_ID = UUID.fromString("c8e1b7d4-2a5f-4c93-b6e0-9f8a7d6c5b41");
    static final UUID FULFILLMENT_A = UUID.fromString("3a9c6e1f-7b24-4d58-a0c3-5e8f2b1d9c07");
    static final UUID FULFILLMENT_B = UUID.fromString("e4b2d8f6-1c3a-4e79-9b5d-0a6c8e2f4d13");
    static final UUID REJECTED_FULFILLMENT = UUID.fromString("9f1e3d5c-7a2b-4c6d-8e0f-1a3b5c7d9e2f");
    static final UUID PICKUP_FULFILLMENT = UUID.fromString("5b7d9f1a-3c5e-4a7b-9d1f-2b4c6e8a0d35");
    static final UUID RETURN_ID = UUID.fromString("b1c3e5a7-9d2f-4b6a-8c0e-3d5f7a9b1c24");
    static final UUID HELD_ORDER_ID = UUID.fromString("4d6f8a0c-2e4b-4d6f-9a1c-3e5b7d9f1a28");
    static final UUID REPLACEMENT_ORDER_ID = UUID.fromString("a2c4e6f8-1b3d-4f5a-8c7e-9b1d3f5a7c90");
    static final UUID ON_ACCOUNT_ORDER_ID = UUID.fromString("e3f5a7b9-2c4d-4e6f-8a1b-3c5d7e9f1a42");
    static final UUID GIFT_CARD_FULFILLMENT = UUID.fromString("d7f9b1c3-5e7a-4c9e-b1d3-f5a7c9e1b3d5");

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
                // 44.95 before the winter coupon's 5.00 off each unit
                new Line("2", "COVER-LINDHOLM", 2, new BigDecimal("39.95"), new BigDecimal("0.19"), null,
                        new BigDecimal("44.95"), List.of(new OrderAccepted.Discount("WINTER10", "Winterrabatt", new BigDecimal("10.00")))));
        private BigDecimal total = new BigDecimal("578.90");
        private Delivery delivery = new Delivery(DeliveryMode.SHIP,
                new Address("Jana Köhler", "Kastanienallee 12", "10435", "Berlin", "DE"), new GeoPoint(52.5389, 13.4106), null,
                LocalDate.parse("2025-03-07"), false);
        private List<Tender> tenders = List.of(
                new Tender("T1", TenderType.GIFT_CARD, new BigDecimal("50.00"), "6061225501874410"),
                new Tender("T2", TenderType.CARD, new BigDecimal("528.90"), "PSP-AUTH-8F3K2Q9X"));
        private boolean priority = true;
        private UUID replacesOrderId = null;
        private List<OrderAccepted.Charge> charges = List.of();

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

        /** Sends the damaged garden set of {@link #ORDER_ID} again, free of charge. */
        OrderBuilder replacement() {
            eventId = id("0a0000000004");
            orderId = REPLACEMENT_ORDER_ID;
            orderNumber = "WS-2025-0002210";
            lines = List.of(new Line("1", "GARDEN-SET-042", 1, new BigDecimal("0.00"), new BigDecimal("0.19")));
            total = new BigDecimal("0.00");
            tenders = List.of();
            priority = false;
            replacesOrderId = ORDER_ID;
            return this;
        }

        /** A business customer's order paid on account, with standard shipping (a 1.00 off-shipping discount). */
        OrderBuilder onAccount() {
            eventId = id("0a000000000a");
            orderId = ON_ACCOUNT_ORDER_ID;
            orderNumber = "WS-2025-0002301";
            customer = new Customer("B2B-0042", "Gartenbau Wendt GmbH", "einkauf@wendt-gartenbau.de", null, "de");
            lines = List.of(new Line("1", "CHAIR-LINDHOLM", 4, new BigDecimal("89.00"), new BigDecimal("0.19"), TaxCategory.STANDARD,
                    null, List.of()));
            charges = List.of(new OrderAccepted.Charge("S1", OrderAccepted.ChargeType.SHIPPING, "Standardversand",
                    new BigDecimal("3.95"), new BigDecimal("0.19"), TaxCategory.STANDARD,
                    List.of(new OrderAccepted.Discount("SHIP1", "1 € Versandrabatt", new BigDecimal("1.00")))));
            total = new BigDecimal("359.95");
            delivery = new Delivery(DeliveryMode.SHIP, new Address("Gartenbau Wendt GmbH", "Am Gleisdreieck 4", "04129", "Leipzig", "DE"),
                    null, null, null, false);
            tenders = List.of(new Tender("T1", TenderType.ON_ACCOUNT, new BigDecimal("359.95"), null));
            priority = false;
            return this;
        }

        OrderBuilder total(BigDecimal total) {
            this.total = total;
            return this;
        }

        OrderAccepted build() {
            return new OrderAccepted(eventId, at("03T10:02:17.481Z"), orderId, orderNumber, channel, customer,
                    lines, "EUR", total, delivery, tenders, priority, replacesOrderId, charges);
        }
    }

    /** Held for review: an unusually high amount from a new customer on the phone. */
    static OrderHeld held() {
        return new OrderHeld(id("0a0000000005"), at("06T14:20:31Z"), HELD_ORDER_ID, "CC-2025-000318", Channel.CALL_CENTER,
                List.of("HIGH_AMOUNT", "NEW_CUSTOMER"), 4);
    }

    /** Refused outright by the risk check: the customer is on the black list. */
    static OrderRejected rejectedByRiskCheck() {
        return new OrderRejected(id("0a0000000006"), at("06T14:21:02Z"), UUID.fromString("6b8d0f2a-4c6e-4a8b-8d0f-2a4c6e8b0d13"),
                "WS-2025-0002117", Channel.WEB_SHOP, List.of("BLACK_LISTED"), "risk-check");
    }

    /** The held order, rejected by a reviewer who gave no reason code. */
    static OrderRejected rejectedByReviewer() {
        return new OrderRejected(id("0a0000000007"), at("06T16:05:44Z"), HELD_ORDER_ID, "CC-2025-000318", Channel.CALL_CENTER,
                List.of(), "Petra Lang");
    }

    /** The customer no longer wants one of the two covers. */
    static OrderCancelled coverCancelled() {
        return new OrderCancelled(id("0a0000000008"), at("03T10:04:12Z"), ORDER_ID,
                List.of(new CancelledLine("2", "COVER-LINDHOLM", 1)), "CUSTOMER_REQUEST", "customer");
    }

    /** The pickup order cancelled whole by the system (not collected in time), no reason recorded. */
    static OrderCancelled pickupCancelled() {
        return new OrderCancelled(id("0a0000000009"), at("04T09:00:00Z"), PICKUP_ORDER_ID,
                List.of(new CancelledLine("1", "CHAIR-LINDHOLM", 2)), null, "system");
    }

    /** Before routing, the customer moved the delivery to her office. */
    static DeliveryAddressChanged deliveryChanged() {
        return new DeliveryAddressChanged(id("0a000000000a"), at("03T10:02:18Z"), ORDER_ID, new Delivery(DeliveryMode.SHIP,
                new Address("Jana Köhler c/o Studio Nord", "Schönhauser Allee 80", "10439", "Berlin", "DE"),
                new GeoPoint(52.5461, 13.4130), null, LocalDate.parse("2025-03-05"), true), "customer");
    }

    /** Customer service switched the delivery to collection at the Berlin store. */
    static DeliveryAddressChanged deliveryChangedToPickup() {
        return new DeliveryAddressChanged(id("0a000000000b"), at("03T10:02:18Z"), ORDER_ID,
                new Delivery(DeliveryMode.PICKUP, null, null, STORE_BERLIN), "Tobias Wendt");
    }

    static OrderNoteAdded noteAdded() {
        return new OrderNoteAdded(id("0a000000000c"), at("03T10:03:00Z"), ORDER_ID,
                "Customer asks to ring twice; the garden set must not be left outside.", "Tobias Wendt");
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
                linesOfA(), FulfillmentMode.SHIP, true, "WEB_SHOP", at("05T18:00:00Z"), false);
    }

    /** Fulfilment B, the rest of the split: the Hamburg store ships the other cover. */
    static FulfillmentAssigned splitToStore() {
        return new FulfillmentAssigned(id("0b0000000002"), at("03T10:02:19Z"), ORDER_ID, FULFILLMENT_B, STORE_HAMBURG,
                List.of(new FulfillmentLine("2", "COVER-LINDHOLM", 1)), FulfillmentMode.SHIP, true, "WEB_SHOP", null, true);
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
                STORE_BERLIN, pickupLines(), "042917");
    }

    /** Made ready before routing drew pickup codes: none. */
    static FulfillmentReadyForPickup readyForPickupWithoutCode() {
        return new FulfillmentReadyForPickup(id("0b0000000018"), at("04T11:00:00Z"), PICKUP_ORDER_ID, PICKUP_FULFILLMENT,
                STORE_BERLIN, pickupLines());
    }

    static FulfillmentPickedUp pickedUp() {
        return new FulfillmentPickedUp(id("0b0000000009"), at("05T17:22:45Z"), PICKUP_ORDER_ID, PICKUP_FULFILLMENT,
                STORE_BERLIN, pickupLines(), FulfillmentPickedUp.Verification.PICKUP_CODE);
    }

    /** The customer had no code: staff checked an identity document. */
    static FulfillmentPickedUp pickedUpOnIdentity() {
        return new FulfillmentPickedUp(id("0b0000000019"), at("05T17:22:45Z"), PICKUP_ORDER_ID, PICKUP_FULFILLMENT,
                STORE_BERLIN, pickupLines(), FulfillmentPickedUp.Verification.IDENTITY_CHECK);
    }

    /** Handed over before routing checked the handover: no verification. */
    static FulfillmentPickedUp pickedUpUnchecked() {
        return new FulfillmentPickedUp(id("0b0000000029"), at("05T17:22:45Z"), PICKUP_ORDER_ID, PICKUP_FULFILLMENT,
                STORE_BERLIN, pickupLines());
    }

    /** Two days after it was made ready, nobody collected it: the customer is reminded, with the code. */
    static FulfillmentPickupReminderDue pickupReminderDue() {
        return new FulfillmentPickupReminderDue(id("0b0000000039"), at("06T11:00:30Z"), PICKUP_ORDER_ID, PICKUP_FULFILLMENT,
                STORE_BERLIN, pickupLines(), "042917", at("04T11:00:00Z"), at("11T11:00:00Z"));
    }

    /** Made ready before routing drew pickup codes: the reminder has none either. */
    static FulfillmentPickupReminderDue pickupReminderDueWithoutCode() {
        return new FulfillmentPickupReminderDue(id("0b0000000049"), at("06T11:00:30Z"), PICKUP_ORDER_ID, PICKUP_FULFILLMENT,
                STORE_BERLIN, pickupLines(), null, at("04T11:00:00Z"), at("11T11:00:00Z"));
    }

    /** Seven days after it was made ready, still not collected: the store gives it up. */
    static FulfillmentPickupExpired pickupExpired() {
        return new FulfillmentPickupExpired(id("0b0000000059"), at("11T11:00:40Z"), PICKUP_ORDER_ID, PICKUP_FULFILLMENT,
                STORE_BERLIN, pickupLines(), at("04T11:00:00Z"));
    }

    static FulfillmentUnroutable unroutable() {
        return new FulfillmentUnroutable(id("0b000000000a"), at("03T10:02:20Z"), ORDER_ID,
                List.of(new FulfillmentLine("2", "COVER-LINDHOLM", 1)), "NO_STOCK");
    }

    /** The pickup order was cancelled before collection: its fulfilment order at the Berlin store goes. */
    static FulfillmentCancelled fulfillmentCancelled() {
        return new FulfillmentCancelled(id("0b000000000b"), at("04T09:00:02Z"), PICKUP_ORDER_ID, PICKUP_FULFILLMENT,
                STORE_BERLIN, pickupLines(), "ORDER_CANCELLED");
    }

    /** Fulfilment A as its drop-ship partner sees it: the ship-to, no prices, no tenders, no e-mail or phone. */
    static PartnerFulfillmentOrderChanged partnerAssigned() {
        return new PartnerFulfillmentOrderChanged(id("0b0000000020"), at("03T10:02:21Z"), FULFILLMENT_A, ORDER_ID, "WS-2025-0001842",
                "PARTNER-NORDHOLZ", "DS-NORDHOLZ-01", PartnerFulfillmentOrderChanged.Status.ASSIGNED, linesOfA(), List.of(),
                FulfillmentMode.SHIP, new PartnerFulfillmentOrderChanged.ShipTo("Jana Köhler", "Kastanienallee 12", "10435",
                "Berlin", "DE"), LocalDate.parse("2025-03-07"), true);
    }

    /** The customer cancelled the cover before the partner acknowledged: the garden set stays. */
    static PartnerFulfillmentOrderChanged partnerLinesCancelled() {
        return new PartnerFulfillmentOrderChanged(id("0b0000000021"), at("03T11:00:00Z"), FULFILLMENT_A, ORDER_ID, "WS-2025-0001842",
                "PARTNER-NORDHOLZ", "DS-NORDHOLZ-01", PartnerFulfillmentOrderChanged.Status.ASSIGNED,
                List.of(new FulfillmentLine("1", "GARDEN-SET-042", 1)), List.of(new FulfillmentLine("2", "COVER-LINDHOLM", 1)),
                FulfillmentMode.SHIP, new PartnerFulfillmentOrderChanged.ShipTo("Jana Köhler", "Kastanienallee 12", "10435",
                "Berlin", "DE"), LocalDate.parse("2025-03-07"), true);
    }

    /** Withdrawn (stock could not be allocated) from a franchise partner's click-and-collect: only the name, nothing promised. */
    static PartnerFulfillmentOrderChanged partnerWithdrawnPickup() {
        return new PartnerFulfillmentOrderChanged(id("0b0000000022"), at("04T08:00:00Z"), PICKUP_FULFILLMENT, PICKUP_ORDER_ID, null,
                "FRANCHISE_7", "FR-GRAZ-01", PartnerFulfillmentOrderChanged.Status.WITHDRAWN, List.of(), List.of(),
                FulfillmentMode.PICKUP, new PartnerFulfillmentOrderChanged.ShipTo("Lukas Brandt", null, null, null, null), null,
                false);
    }

    static FulfillmentDeferred deferred() {
        return new FulfillmentDeferred(id("0b000000000c"), at("03T10:02:20Z"), ORDER_ID,
                List.of(new FulfillmentLine("2", "COVER-LINDHOLM", 1)), "NO_STOCK", at("06T10:02:20Z"));
    }

    // --- inventory-service --------------------------------------------------------------------------------

    static StockAllocated allocated() {
        return new StockAllocated(id("0c0000000001"), at("03T10:02:19.730Z"), ORDER_ID, FULFILLMENT_A, WAREHOUSE,
                List.of(new StockLine("1", "GARDEN-SET-042", 1), new StockLine("2", "COVER-LINDHOLM", 1)));
    }

    /** An e-gift card: the allocation issues its code. */
    static StockAllocated allocatedGiftCard() {
        return new StockAllocated(id("0c0000000006"), at("03T10:02:19.900Z"), ORDER_ID, GIFT_CARD_FULFILLMENT, "VIRTUAL-01",
                List.of(new StockLine("3", "EGIFT-50", 2, List.of("GC-7731-0042-9916", "GC-7731-0042-9917"))));
    }

    /** The chairs of the cancelled pickup order go back to the Berlin store's stock. */
    static StockReleased released() {
        return new StockReleased(id("0c0000000007"), at("04T09:00:03Z"), PICKUP_ORDER_ID, PICKUP_FULFILLMENT, STORE_BERLIN,
                pickupLines().stream().map(l -> new StockLine(l.lineId(), l.sku(), l.quantity())).toList(), "FULFILLMENT_CANCELLED");
    }

    /** The e-gift card codes are void again. */
    static StockReleased releasedGiftCard() {
        return new StockReleased(id("0c0000000008"), at("03T10:04:15Z"), ORDER_ID, GIFT_CARD_FULFILLMENT, "VIRTUAL-01",
                List.of(new StockLine("3", "EGIFT-50", 2, List.of("GC-7731-0042-9916", "GC-7731-0042-9917"))), "FULFILLMENT_CANCELLED");
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
        // 12 on hand − 5 allocated − 2 reserved for the marketplace − 1 safety stock = 4; 20 more arrive on the 10th
        return new AvailabilityChanged(id("0c0000000004"), at("03T10:02:19.730Z"), "GARDEN-SET-042", WAREHOUSE, 12, 5, 4, 418,
                2, 1, List.of(new ChannelReservation("MARKETPLACE", 2, at("31T23:59:59Z"))),
                List.of(new InTransit(20, at("10T08:00:00Z"))), false);
    }

    /** An open-ended reservation, nothing in transit. */
    static AvailabilityChanged reservedForPartner() {
        return new AvailabilityChanged(id("0c0000000009"), at("03T10:02:19.950Z"), "CHAIR-LINDHOLM", STORE_BERLIN, 10, 2, 5, 88,
                3, 0, List.of(new ChannelReservation("PARTNER-0815", 3, null)), List.of(), false);
    }

    /** An e-gift card without a stock limit: the quantities mean nothing. */
    static AvailabilityChanged unlimited() {
        return new AvailabilityChanged(id("0c000000000a"), at("01T00:00:00Z"), "EGIFT-50", "VIRTUAL-01", 0, 0, 0, 1,
                0, 0, List.of(), List.of(), true);
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

    /** The cancelled cover's 39.95 is no longer to be captured: given back to the card. */
    static AuthorizationReleased authorizationReleased() {
        return new AuthorizationReleased(id("0d0000000006"), at("03T10:04:14Z"), ORDER_ID, "EUR", new BigDecimal("39.95"),
                List.of(new TenderAmount("T2", "CARD", new BigDecimal("39.95"), "PSP-REV-5T1N8C")), "ORDER_CANCELLED");
    }

    /** The cash pickup order was cancelled: nothing was authorised, nothing to give back. */
    static AuthorizationReleased nothingToRelease() {
        return new AuthorizationReleased(id("0d0000000007"), at("04T09:00:04Z"), PICKUP_ORDER_ID, "EUR", new BigDecimal("0.00"),
                List.of(), "ORDER_CANCELLED");
    }

    static InvoiceIssued invoice() {
        return new InvoiceIssued(id("0d0000000003"), at("03T15:41:10Z"), ORDER_ID, UUID.fromString("2c4e6a8b-0d1f-4a3c-9e5b-7d9f1b3d5e60"),
                "RE-2025-004711", FULFILLMENT_A, "EUR", new BigDecimal("452.90"), new BigDecimal("86.05"), new BigDecimal("538.95"));
    }

    /** The on-account order's invoice, due in 14 days. */
    static InvoiceIssued invoiceOnAccount() {
        return new InvoiceIssued(id("0d000000000f"), at("04T11:00:00Z"), ON_ACCOUNT_ORDER_ID,
                UUID.fromString("6e8a0c2e-4f6b-4d8f-a1c3-5e7a9c1e3f50"), "INV-DE-2025-000318", FULFILLMENT_A, "EUR",
                new BigDecimal("302.48"), new BigDecimal("57.47"), new BigDecimal("359.95"), LocalDate.parse("2025-03-18"));
    }

    /** A first transfer pays part of it, imported from the bank statement. */
    static PaymentReceived paymentReceived() {
        return new PaymentReceived(id("0d0000000010"), at("12T06:00:00Z"), ON_ACCOUNT_ORDER_ID,
                UUID.fromString("0f2b4d6f-8a1c-4e3a-b5d7-9f1b3d5f7a92"), "INV-DE-2025-000318", "EUR", new BigDecimal("200.00"),
                new BigDecimal("159.95"), "BANK_STATEMENT", "NOTPROVIDED+INV-DE-2025-000318");
    }

    /** The same amount entered by hand, without a reference. */
    static PaymentReceived paymentEnteredWithoutReference() {
        return new PaymentReceived(id("0d0000000011"), at("12T09:00:00Z"), ON_ACCOUNT_ORDER_ID,
                UUID.fromString("1a3c5e7a-9b2d-4f6a-8c0e-2b4d6f8a1c31"), "INV-DE-2025-000318", "EUR", new BigDecimal("159.95"),
                new BigDecimal("0.00"), "REST", null);
    }

    /** The rest is overdue: the second reminder adds a 5.00 fee. */
    static DunningNoticeIssued secondReminder() {
        return new DunningNoticeIssued(id("0d0000000012"), at("25T05:00:00Z"), ON_ACCOUNT_ORDER_ID, "INV-DE-2025-000318", 2,
                "EUR", new BigDecimal("164.95"), new BigDecimal("5.00"), LocalDate.parse("2025-04-01"));
    }

    static ReceivableWrittenOff writtenOff() {
        return new ReceivableWrittenOff(id("0d0000000013"), at("30T10:00:00Z"), ON_ACCOUNT_ORDER_ID, "INV-DE-2025-000318",
                "EUR", new BigDecimal("164.95"), "insolvency", "fiona");
    }

    /** The return of the first shipment, credited at the rates of its invoice. */
    static CreditNoteIssued creditNote() {
        return new CreditNoteIssued(id("0d0000000008"), at("12T09:30:05Z"), ORDER_ID,
                UUID.fromString("3d5f7b9c-1e2a-4b4d-8f6c-8e0a2c4e6f71"), "CN-DE-2025-000017", RETURN_ID,
                List.of("RE-2025-004711"), "EUR", new BigDecimal("452.90"), new BigDecimal("86.05"), new BigDecimal("538.95"));
    }

    /** The first shipment's invoice posted: the debtor owes the gross, revenue and VAT at 19 %. */
    static JournalEntryPosted journalEntry() {
        return new JournalEntryPosted(id("0d0000000009"), at("03T15:41:10Z"), ORDER_ID,
                UUID.fromString("4e6a8b0d-2f3a-4c5e-9a7b-9f1b3d5e7a82"), 1042L, "INVOICE",
                UUID.fromString("2c4e6a8b-0d1f-4a3c-9e5b-7d9f1b3d5e60"), "RE-2025-004711", "omnidom", LocalDate.parse("2025-03-03"), "EUR",
                List.of(new JournalEntryPosted.Line("1400", "DEBIT", new BigDecimal("538.95"), null, null),
                        new JournalEntryPosted.Line("8400", "CREDIT", new BigDecimal("452.90"), new BigDecimal("0.19"), null),
                        new JournalEntryPosted.Line("1776", "CREDIT", new BigDecimal("86.05"), new BigDecimal("0.19"), null)));
    }

    /** The first shipment's capture posted: gift card and card settle the debtor; no document. */
    static JournalEntryPosted captureEntry() {
        return new JournalEntryPosted(id("0d000000000a"), at("03T15:41:10Z"), ORDER_ID,
                UUID.fromString("5f7b9c1e-3a4b-4d6f-8b8c-0a2c4e6f8b93"), 1043L, "CAPTURE",
                UUID.fromString("6a8c0d2f-4b5c-4e7a-9c9d-1b3d5f7a9ca4"), null, "omnidom", LocalDate.parse("2025-03-03"), "EUR",
                List.of(new JournalEntryPosted.Line("1720", "DEBIT", new BigDecimal("50.00"), null, "GIFT_CARD"),
                        new JournalEntryPosted.Line("1360", "DEBIT", new BigDecimal("488.95"), null, "CARD"),
                        new JournalEntryPosted.Line("1400", "CREDIT", new BigDecimal("538.95"), null, null)));
    }

    /** The first shipment's invoice as a PDF (a minimal file: the contract carries bytes, whatever their size). */
    static DocumentIssued invoiceDocument() {
        return new DocumentIssued(id("0d0000000014"), at("03T15:41:11Z"), ORDER_ID, "RE-2025-004711", DocumentIssued.INVOICE,
                FULFILLMENT_A, null, "de", "RE-2025-004711.pdf", "application/pdf", minimalPdf("RE-2025-004711"));
    }

    /** The return's credit note as a PDF: a return id, no fulfilment. */
    static DocumentIssued creditNoteDocument() {
        return new DocumentIssued(id("0d0000000015"), at("12T09:30:06Z"), ORDER_ID, "CN-DE-2025-000017",
                DocumentIssued.CREDIT_NOTE, null, RETURN_ID, "de", "CN-DE-2025-000017.pdf", "application/pdf",
                minimalPdf("CN-DE-2025-000017"));
    }

    /** A few bytes that start and end like a PDF. */
    static byte[] minimalPdf(String title) {
        return ("%PDF-1.4\n% " + title + "\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static final UUID CHARGEBACK_ID = UUID.fromString("7b9d1f3a-5c6d-4f8b-8dae-2c4e6a8b0db5");

    /** The cardholder says the first shipment's card payment was not theirs. */
    static ChargebackOpened chargebackOpened() {
        return new ChargebackOpened(id("0d000000000b"), at("20T08:00:00Z"), ORDER_ID, CHARGEBACK_ID, "dsp_5e1c0a9b77d24f31",
                "PSP-CAP-7Q2M4X", "T2", "EUR", new BigDecimal("488.95"), "fraudulent");
    }

    static ChargebackAccepted chargebackAccepted() {
        return new ChargebackAccepted(id("0d000000000c"), at("21T10:15:00Z"), ORDER_ID, CHARGEBACK_ID, "dsp_5e1c0a9b77d24f31",
                "EUR", new BigDecimal("488.95"), "fiona");
    }

    static ChargebackContested chargebackContested() {
        return new ChargebackContested(id("0d000000000d"), at("21T10:15:00Z"), ORDER_ID, CHARGEBACK_ID, "dsp_5e1c0a9b77d24f31",
                "fiona");
    }

    static ChargebackResolved chargebackResolved() {
        return new ChargebackResolved(id("0d000000000e"), at("28T16:40:00Z"), ORDER_ID, CHARGEBACK_ID, "dsp_5e1c0a9b77d24f31",
                "WON", "EUR", new BigDecimal("488.95"));
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
