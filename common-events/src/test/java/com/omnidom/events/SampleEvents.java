package com.omnidom.events;

import com.omnidom.events.catalog.ArticleChanged;
import com.omnidom.events.catalog.ArticleChanged.ArticleKind;
import com.omnidom.events.catalog.ArticleChanged.Component;
import com.omnidom.events.catalog.ArticleChanged.Price;
import com.omnidom.events.catalog.ArticleChanged.Text;
import com.omnidom.events.catalog.LocationChanged;
import com.omnidom.events.catalog.LocationChanged.Address;
import com.omnidom.events.catalog.LocationChanged.Capability;
import com.omnidom.events.catalog.LocationChanged.Capacity;
import com.omnidom.events.catalog.LocationChanged.CostProfile;
import com.omnidom.events.catalog.LocationChanged.DistanceBand;
import com.omnidom.events.catalog.LocationChanged.GeoPoint;
import com.omnidom.events.catalog.LocationChanged.LocationType;
import com.omnidom.events.catalog.LocationChanged.OpeningException;
import com.omnidom.events.catalog.LocationChanged.OpeningHours;
import com.omnidom.events.catalog.PromotionChanged;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * Realistic sample events for the contract tests. The switches are exhaustive, so a new {@link EventType}
 * does not compile here until it has samples. The order-scoped ones are built in {@link OrderSamples}.
 */
final class SampleEvents {

    private SampleEvents() {
    }

    /** A realistic, fully populated sample: every optional value set, every list non-empty. */
    static ContractEvent of(EventType type) {
        return switch (type) {
            case ARTICLE_CHANGED -> anArticle().build();
            case LOCATION_CHANGED -> aStore().build();
            case PROMOTION_CHANGED -> aCoupon();
            case ORDER_ACCEPTED -> OrderSamples.anOrder().build();
            case ORDER_HELD -> OrderSamples.held();
            case ORDER_REJECTED -> OrderSamples.rejectedByRiskCheck();
            case ORDER_CANCELLED -> OrderSamples.coverCancelled();
            case DELIVERY_ADDRESS_CHANGED -> OrderSamples.deliveryChanged();
            case ORDER_NOTE_ADDED -> OrderSamples.noteAdded();
            case FULFILLMENT_ASSIGNED -> OrderSamples.assignedToWarehouse();
            case FULFILLMENT_ACKNOWLEDGED -> OrderSamples.acknowledged();
            case FULFILLMENT_REJECTED -> OrderSamples.rejected();
            case FULFILLMENT_SHIPPED -> OrderSamples.shipped();
            case FULFILLMENT_READY_FOR_PICKUP -> OrderSamples.readyForPickup();
            case FULFILLMENT_PICKED_UP -> OrderSamples.pickedUp();
            case FULFILLMENT_UNROUTABLE -> OrderSamples.unroutable();
            case FULFILLMENT_CANCELLED -> OrderSamples.fulfillmentCancelled();
            case FULFILLMENT_DEFERRED -> OrderSamples.deferred();
            case FULFILLMENT_PICKUP_REMINDER_DUE -> OrderSamples.pickupReminderDue();
            case FULFILLMENT_PICKUP_EXPIRED -> OrderSamples.pickupExpired();
            case PARTNER_FULFILLMENT_ORDER_CHANGED -> OrderSamples.partnerAssigned();
            case STOCK_ALLOCATED -> OrderSamples.allocated();
            case STOCK_ALLOCATION_FAILED -> OrderSamples.allocationFailed();
            case STOCK_RELEASED -> OrderSamples.releasedGiftCard();
            case AVAILABILITY_CHANGED -> OrderSamples.availability();
            case PAYMENT_CAPTURED -> OrderSamples.captured();
            case INVOICE_ISSUED -> OrderSamples.invoice();
            case REFUND_ISSUED -> OrderSamples.refund();
            case AUTHORIZATION_RELEASED -> OrderSamples.authorizationReleased();
            case CREDIT_NOTE_ISSUED -> OrderSamples.creditNote();
            case JOURNAL_ENTRY_POSTED -> OrderSamples.journalEntry();
            case DOCUMENT_ISSUED -> OrderSamples.invoiceDocument();
            case CHARGEBACK_OPENED -> OrderSamples.chargebackOpened();
            case CHARGEBACK_ACCEPTED -> OrderSamples.chargebackAccepted();
            case CHARGEBACK_CONTESTED -> OrderSamples.chargebackContested();
            case CHARGEBACK_RESOLVED -> OrderSamples.chargebackResolved();
            case PAYMENT_RECEIVED -> OrderSamples.paymentReceived();
            case DUNNING_NOTICE_ISSUED -> OrderSamples.secondReminder();
            case RECEIVABLE_WRITTEN_OFF -> OrderSamples.writtenOff();
            case RETURN_RECEIVED -> OrderSamples.returnReceived();
            case NOTIFICATION_SENT -> OrderSamples.shippingNotice();
        };
    }

    /** The full sample plus sparse ones (nulls where allowed, empty lists), so nullability is checked too. */
    static List<ContractEvent> allOf(EventType type) {
        return switch (type) {
            case ARTICLE_CHANGED -> List.of(of(type), anArticle().sparse().build());
            case LOCATION_CHANGED -> List.of(of(type), aStore().sparse().build(), aDropShipper().build());
            case PROMOTION_CHANGED -> List.of(of(type), anAutomaticOrderPromotion());
            case ORDER_ACCEPTED -> List.of(of(type), OrderSamples.anOrder().sparse().build(), OrderSamples.anOrder().pickup().build(),
                    OrderSamples.anOrder().replacement().build(), OrderSamples.anOrder().onAccount().build());
            case ORDER_REJECTED -> List.of(of(type), OrderSamples.rejectedByReviewer());
            case ORDER_CANCELLED -> List.of(of(type), OrderSamples.pickupCancelled());
            case DELIVERY_ADDRESS_CHANGED -> List.of(of(type), OrderSamples.deliveryChangedToPickup());
            case FULFILLMENT_ASSIGNED -> List.of(of(type), OrderSamples.splitToStore(), OrderSamples.assignedForPickup());
            case FULFILLMENT_SHIPPED -> List.of(of(type), OrderSamples.shippedUntracked());
            case FULFILLMENT_READY_FOR_PICKUP -> List.of(of(type), OrderSamples.readyForPickupWithoutCode());
            case FULFILLMENT_PICKED_UP -> List.of(of(type), OrderSamples.pickedUpOnIdentity(), OrderSamples.pickedUpUnchecked());
            case FULFILLMENT_PICKUP_REMINDER_DUE -> List.of(of(type), OrderSamples.pickupReminderDueWithoutCode());
            case PARTNER_FULFILLMENT_ORDER_CHANGED -> List.of(of(type), OrderSamples.partnerLinesCancelled(),
                    OrderSamples.partnerWithdrawnPickup());
            case STOCK_ALLOCATED -> List.of(of(type), OrderSamples.allocatedGiftCard());
            case STOCK_ALLOCATION_FAILED -> List.of(of(type), OrderSamples.allocationFailedWithoutShortages());
            case STOCK_RELEASED -> List.of(of(type), OrderSamples.released());
            case AVAILABILITY_CHANGED -> List.of(of(type), OrderSamples.soldOut(), OrderSamples.reservedForPartner(),
                    OrderSamples.unlimited());
            case PAYMENT_CAPTURED -> List.of(of(type), OrderSamples.capturedInCash());
            case REFUND_ISSUED -> List.of(of(type), OrderSamples.refundOfNothing());
            case AUTHORIZATION_RELEASED -> List.of(of(type), OrderSamples.nothingToRelease());
            case JOURNAL_ENTRY_POSTED -> List.of(of(type), OrderSamples.captureEntry());
            case DOCUMENT_ISSUED -> List.of(of(type), OrderSamples.creditNoteDocument());
            case INVOICE_ISSUED -> List.of(of(type), OrderSamples.invoiceOnAccount());
            case PAYMENT_RECEIVED -> List.of(of(type), OrderSamples.paymentEnteredWithoutReference());
            case NOTIFICATION_SENT -> List.of(of(type), OrderSamples.pickupNotice());
            // nothing nullable, no list that may be empty: the full sample is the only shape
            case FULFILLMENT_ACKNOWLEDGED, FULFILLMENT_REJECTED, FULFILLMENT_UNROUTABLE, FULFILLMENT_CANCELLED, FULFILLMENT_DEFERRED, FULFILLMENT_PICKUP_EXPIRED, ORDER_HELD, ORDER_NOTE_ADDED,
                 CREDIT_NOTE_ISSUED, RETURN_RECEIVED, CHARGEBACK_OPENED, CHARGEBACK_ACCEPTED,
                 CHARGEBACK_CONTESTED, CHARGEBACK_RESOLVED, DUNNING_NOTICE_ISSUED, RECEIVABLE_WRITTEN_OFF -> List.of(of(type));
        };
    }

    /** A winter coupon: 10 % off each unit of two SKUs from 2 units, on the web shop, in German and English. */
    static PromotionChanged aCoupon() {
        return new PromotionChanged(UUID.fromString("5d1c3f0a-2b7e-4c9d-8e1f-6a2b3c4d5e6f"),
                Instant.parse("2025-11-20T08:00:00Z"), "WINTER10", 2, "WINTER10",
                List.of(new PromotionChanged.Name("de", "Winterrabatt"), new PromotionChanged.Name("en", "Winter sale")),
                Instant.parse("2025-12-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"), List.of("WEB"), "EUR",
                PromotionChanged.Kind.LINE_PERCENT_OFF, new BigDecimal("10"), null, null,
                List.of("GARDEN-SET-042", "GARDEN-CHAIR-7"), 2, true);
    }

    /** Sparse: an automatic order-level promotion, no code, open-ended, every channel, no minimum. */
    static PromotionChanged anAutomaticOrderPromotion() {
        return new PromotionChanged(UUID.fromString("6e2d4a1b-3c8f-4d0e-9f2a-7b3c4d5e6f70"),
                Instant.parse("2025-11-20T08:00:00Z"), "P-5-OFF", 0, null,
                List.of(new PromotionChanged.Name(null, "5 € off")), null, null, List.of(), "EUR",
                PromotionChanged.Kind.ORDER_AMOUNT_OFF, null, new BigDecimal("5.00"), null, List.of(), null, false);
    }

    static ArticleBuilder anArticle() {
        return new ArticleBuilder();
    }

    static LocationBuilder aStore() {
        return new LocationBuilder();
    }

    static LocationBuilder aDropShipper() {
        return new LocationBuilder().dropShipper();
    }

    /** A garden furniture bundle sold on the web shop and in stores, with a time-limited sale price. */
    static final class ArticleBuilder {
        private UUID eventId = UUID.fromString("0b6f3c1e-8a55-4c2e-9d0a-3f1f7e2b9c41");
        private Instant occurredAt = Instant.parse("2025-03-01T09:15:30.250Z");
        private String sku = "GARDEN-SET-042";
        private long version = 7;
        private ArticleKind kind = ArticleKind.PHYSICAL;
        private List<Text> texts = List.of(
                new Text("de", "Gartenset Lindholm", "Tisch und vier Stühle aus FSC-zertifiziertem Akazienholz."),
                new Text("en", "Lindholm garden set", null));
        private List<String> imageUrls = List.of("https://img.omnidom.example/garden-set-042/main.jpg");
        private List<String> regions = List.of("DE", "AT");
        private Instant validFrom = Instant.parse("2025-03-01T00:00:00Z");
        private Instant validUntil = Instant.parse("2025-10-01T00:00:00Z");
        private List<Component> components = List.of(new Component("TABLE-LINDHOLM", 1), new Component("CHAIR-LINDHOLM", 4));
        private List<String> accessories = List.of("COVER-LINDHOLM");
        private List<Price> prices = List.of(
                new Price("web", "EUR", new BigDecimal("499.00"), Instant.parse("2025-03-01T00:00:00Z"), null),
                new Price("store", "EUR", new BigDecimal("449.99"), Instant.parse("2025-05-01T00:00:00Z"),
                        Instant.parse("2025-05-15T00:00:00Z")),
                new Price("web", "CHF", new BigDecimal("479"), null, null));
        private boolean active = true;

        /** A digital article: no validity period, no components, no prices yet, nothing optional set. */
        ArticleBuilder sparse() {
            sku = "EBOOK-GARDENING";
            kind = ArticleKind.DIGITAL_RIGHT;
            texts = List.of();
            imageUrls = List.of();
            regions = List.of();
            validFrom = null;
            validUntil = null;
            components = List.of();
            accessories = List.of();
            prices = List.of();
            active = false;
            return this;
        }

        ArticleChanged build() {
            return new ArticleChanged(eventId, occurredAt, sku, version, kind, texts, imageUrls, regions, validFrom,
                    validUntil, components, accessories, prices, active);
        }
    }

    /** A city store in Berlin with weekday hours, a Christmas Eve exception and a capacity limit. */
    static final class LocationBuilder {
        private UUID eventId = UUID.fromString("5c2d9a7e-1f43-4b8a-a6e0-7d4c2b1a9f10");
        private Instant occurredAt = Instant.parse("2025-02-14T16:00:00Z");
        private String locationId = "STORE-BER-01";
        private long version = 3;
        private LocationType type = LocationType.STORE;
        private String name = "Omnidom Berlin Mitte";
        private Address address = new Address("Rosenthaler Straße 40", "10178", "Berlin", "DE");
        private GeoPoint geo = new GeoPoint(52.5262, 13.4025);
        private String timeZone = "Europe/Berlin";
        private List<OpeningHours> openingHours = List.of(
                new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(20, 0)),
                new OpeningHours(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 30)),
                new OpeningHours(DayOfWeek.SATURDAY, LocalTime.of(15, 0), LocalTime.of(18, 0)));
        private List<OpeningException> openingExceptions = List.of(
                new OpeningException(LocalDate.of(2025, 12, 24), false, LocalTime.of(10, 0), LocalTime.of(14, 0)),
                new OpeningException(LocalDate.of(2025, 12, 25), true, null, null));
        private Capacity capacity = new Capacity(120, 400);
        private CostProfile costProfile = new CostProfile("EUR", new BigDecimal("3.50"), new BigDecimal("0.40"),
                List.of(new DistanceBand(10, new BigDecimal("0.00")), new DistanceBand(50, new BigDecimal("2.90"))));
        private List<Capability> capabilities = List.of(Capability.SHIP, Capability.PICKUP, Capability.ACCEPT_RETURNS);
        private String partnerId = null;
        private boolean active = true;

        /** No hours, no exceptions, unlimited capacity, no distance bands, no capabilities, inactive. */
        LocationBuilder sparse() {
            openingHours = List.of();
            openingExceptions = List.of();
            capacity = new Capacity(null, null);
            costProfile = new CostProfile("EUR", new BigDecimal("0"), new BigDecimal("0"), List.of());
            capabilities = List.of();
            active = false;
            return this;
        }

        /** A partner-operated drop shipper in Austria that ships only. */
        LocationBuilder dropShipper() {
            locationId = "DS-GARTENWELT";
            type = LocationType.DROP_SHIPPER;
            name = "Gartenwelt Versand GmbH";
            address = new Address("Industriestraße 7", "4600", "Wels", "AT");
            geo = new GeoPoint(48.1575, 14.0289);
            timeZone = "Europe/Vienna";
            openingHours = List.of();
            openingExceptions = List.of();
            capacity = new Capacity(500, null);
            capabilities = List.of(Capability.SHIP);
            partnerId = "PARTNER-0815";
            return this;
        }

        LocationChanged build() {
            return new LocationChanged(eventId, occurredAt, locationId, version, type, name, address, geo, timeZone,
                    openingHours, openingExceptions, capacity, costProfile, capabilities, partnerId, active);
        }
    }
}
