package com.omnidom.events.order;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.ContractLists;
import com.omnidom.events.TaxCategory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An order passed intake and is to be fulfilled. Carries everything downstream services need, so none of
 * them has to call order-service back: lines with prices and tax, delivery, tenders, priority.
 *
 * @param orderNumber the channel's own order number (e-shop order number, POS receipt), for people
 * @param currency    ISO 4217 code of every amount in the order
 * @param total       what the customer pays: Σ quantity × unit price of the lines plus Σ the charges, tax included
 * @param priority    VIP order: routed first when stock or capacity is scarce
 * @param replacesOrderId the order this one replaces (a wrong or defective item sent again); null for a normal order
 * @param charges     what the order costs besides its lines (shipping, gift wrap, …); empty when nothing
 */
public record OrderAccepted(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        String orderNumber,
        Channel channel,
        Customer customer,
        List<Line> lines,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
        Delivery delivery,
        List<Tender> tenders,
        boolean priority,
        UUID replacesOrderId,
        List<Charge> charges) implements ContractEvent {

    public OrderAccepted {
        lines = ContractLists.of(lines);
        tenders = ContractLists.of(tenders);
        charges = ContractLists.of(charges);
    }

    /** An order without charges: the parameter list before {@code charges} was added. */
    public OrderAccepted(UUID eventId, Instant occurredAt, UUID orderId, String orderNumber, Channel channel,
                         Customer customer, List<Line> lines, String currency, BigDecimal total, Delivery delivery,
                         List<Tender> tenders, boolean priority, UUID replacesOrderId) {
        this(eventId, occurredAt, orderId, orderNumber, channel, customer, lines, currency, total, delivery, tenders,
                priority, replacesOrderId, List.of());
    }

    /** An order that replaces none: the parameter list before {@code replacesOrderId} was added. */
    public OrderAccepted(UUID eventId, Instant occurredAt, UUID orderId, String orderNumber, Channel channel,
                         Customer customer, List<Line> lines, String currency, BigDecimal total, Delivery delivery,
                         List<Tender> tenders, boolean priority) {
        this(eventId, occurredAt, orderId, orderNumber, channel, customer, lines, currency, total, delivery, tenders,
                priority, null);
    }

    public enum Channel { WEB_SHOP, STORE_POS, MARKETPLACE, CALL_CENTER }

    public enum DeliveryMode { SHIP, PICKUP }

    /** ON_ACCOUNT: the customer pays the invoice later (by bank transfer, by its due date); nothing is authorised. */
    public enum TenderType { CARD, GIFT_CARD, BONUS_POINTS, CASH, ON_ACCOUNT }

    public enum ChargeType { SHIPPING, HANDLING, GIFT_WRAP, OTHER }

    /** @param language BCP 47 tag the customer is addressed in (e.g. {@code de}) */
    public record Customer(String customerId, String name, String email, String phone, String language) {
    }

    /**
     * @param unitPrice   what the customer pays per unit, discounts deducted
     * @param taxRate     the rate the channel priced it with, e.g. 0.19 for 19 %
     * @param taxCategory the article's tax category; null from producers before it was added (then the channel's
     *                    {@code taxRate} is the rate)
     * @param listPrice the unit price before discounts; null when the line has none
     * @param discounts the discounts granted on this line (their amounts for the whole line); empty when none
     */
    public record Line(String lineId, String sku, int quantity,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unitPrice,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxRate,
                       TaxCategory taxCategory,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal listPrice,
                       List<Discount> discounts) {

        public Line {
            discounts = ContractLists.of(discounts);
        }

        /** A line without tax category: the parameter list before {@code taxCategory} was added. */
        public Line(String lineId, String sku, int quantity, BigDecimal unitPrice, BigDecimal taxRate) {
            this(lineId, sku, quantity, unitPrice, taxRate, null);
        }

        /** A line without discounts: the parameter list before {@code listPrice} and {@code discounts} were added. */
        public Line(String lineId, String sku, int quantity, BigDecimal unitPrice, BigDecimal taxRate, TaxCategory taxCategory) {
            this(lineId, sku, quantity, unitPrice, taxRate, taxCategory, null, List.of());
        }
    }

    /**
     * A discount on a line: a promotion of the catalog (its code, or its id for an automatic one) or a discount the
     * channel granted, with the customer-facing name and the amount taken off this line (all its units).
     */
    public record Discount(String code, String name, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {
    }

    /**
     * A charge on the order besides its lines, e.g. shipping: captured, invoiced and refunded like a line, under
     * payment-service's charge policy.
     *
     * @param chargeId    unique within the order (and distinct from the line ids)
     * @param amount      what the customer pays for it, gross, its discounts deducted
     * @param taxRate     the rate the channel priced it with, e.g. 0.19
     * @param taxCategory the tax category it is taxed under; null: the channel's {@code taxRate} is the rate
     * @param discounts   the discounts taken off it (e.g. a free-shipping code); empty when none
     */
    public record Charge(String chargeId, ChargeType type, String name,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxRate,
                         TaxCategory taxCategory,
                         List<Discount> discounts) {

        public Charge {
            discounts = ContractLists.of(discounts);
        }
    }

    public record Address(String name, String street, String postalCode, String city, String country) {
    }

    public record GeoPoint(double latitude, double longitude) {
    }

    /**
     * SHIP to {@code address} (with {@code geo} when known), or PICKUP at store {@code pickupLocationId}.
     *
     * @param promiseDate the day delivery (or pickup readiness) was promised to the customer; null = nothing promised
     * @param express     the customer chose express delivery
     */
    public record Delivery(DeliveryMode mode, Address address, GeoPoint geo, String pickupLocationId,
                           LocalDate promiseDate, boolean express) {

        /** A delivery without promise, not express: the parameter list before {@code promiseDate} and {@code express}. */
        public Delivery(DeliveryMode mode, Address address, GeoPoint geo, String pickupLocationId) {
            this(mode, address, geo, pickupLocationId, null, false);
        }
    }

    /** @param reference the PSP's authorisation reference, gift card number or loyalty account */
    public record Tender(String tenderId, TenderType type,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String reference) {
    }

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
