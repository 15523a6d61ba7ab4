package com.omnidom.order.order.domain;

import com.omnidom.order.catalog.domain.TaxCategory;

import java.math.BigDecimal;
import java.util.List;

/**
 * An order as a channel placed it, before the intake rules accepted it.
 *
 * @param billingAddress where the payment method is registered (null: same as delivery / unknown)
 * @param clientIp       the shopper's IP address as the channel saw it (null for stores)
 */
public record OrderDraft(Channel channel, String orderNumber, Customer customer, String currency, List<Line> lines,
                         Delivery delivery, List<Payment> tenders, boolean priority, Address billingAddress,
                         String clientIp, List<ChargeDraft> charges) {

    public OrderDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
        tenders = tenders == null ? List.of() : List.copyOf(tenders);
        charges = charges == null ? List.of() : List.copyOf(charges);
    }

    /** An order without charges. */
    public OrderDraft(Channel channel, String orderNumber, Customer customer, String currency, List<Line> lines,
                      Delivery delivery, List<Payment> tenders, boolean priority, Address billingAddress, String clientIp) {
        this(channel, orderNumber, customer, currency, lines, delivery, tenders, priority, billingAddress, clientIp, List.of());
    }

    public OrderDraft(Channel channel, String orderNumber, Customer customer, String currency, List<Line> lines,
                      Delivery delivery, List<Payment> tenders, boolean priority) {
        this(channel, orderNumber, customer, currency, lines, delivery, tenders, priority, null, null);
    }

    /** The same order with other lines (checked against the catalog, bundles exploded). */
    public OrderDraft withLines(List<Line> checkedLines) {
        return new OrderDraft(channel, orderNumber, customer, currency, checkedLines, delivery, tenders, priority,
                billingAddress, clientIp, charges);
    }

    /** The same order with another delivery (a pickup order at its store's address). */
    public OrderDraft withDelivery(Delivery resolved) {
        return new OrderDraft(channel, orderNumber, customer, currency, lines, resolved, tenders, priority,
                billingAddress, clientIp, charges);
    }

    /** Customer, addresses and pickup store cleaned up (whitespace, case of country and postal code) before the rules look. */
    public OrderDraft normalised() {
        return new OrderDraft(channel, orderNumber == null ? null : orderNumber.strip(),
                customer == null ? null : customer.normalised(), currency == null ? null : currency.strip(), lines,
                delivery == null ? null : delivery.normalised(), tenders, priority,
                billingAddress == null ? null : billingAddress.normalised(), clientIp,
                charges.stream().map(c -> c.name() == null ? c : c.withName(c.name().strip())).toList());
    }

    /**
     * @param unitPrice   gross price of one unit
     * @param taxRate     0.19 for 19 %
     * @param taxCategory the article's, from the catalog (null when the catalog was not asked)
     * @param bundleLine  for a component line of an ordered bundle: the bundle's line in the request, from 1 (else null)
     * @param bundleSku   that bundle's SKU
     * @param listPrice   the unit price before {@code discounts} (null when there are none)
     * @param discounts   what was taken off the line (all its units): quantity × (listPrice − unitPrice) = Σ amounts
     */
    public record Line(String sku, int quantity, BigDecimal unitPrice, BigDecimal taxRate, TaxCategory taxCategory,
                       Integer bundleLine, String bundleSku, BigDecimal listPrice, List<LineDiscount> discounts) {

        public Line {
            discounts = discounts == null ? List.of() : List.copyOf(discounts);
        }

        public Line(String sku, int quantity, BigDecimal unitPrice, BigDecimal taxRate) {
            this(sku, quantity, unitPrice, taxRate, null, null, null);
        }

        /** A line without discounts. */
        public Line(String sku, int quantity, BigDecimal unitPrice, BigDecimal taxRate, TaxCategory taxCategory,
                    Integer bundleLine, String bundleSku) {
            this(sku, quantity, unitPrice, taxRate, taxCategory, bundleLine, bundleSku, null, List.of());
        }

        /** This line as the catalog check accepted it: its price and the article's tax category. */
        public Line checked(BigDecimal price, TaxCategory category) {
            return new Line(sku, quantity, price, taxRate, category, bundleLine, bundleSku);
        }

        /** {@code units} of this line at {@code price} after {@code taken} off (its list price is the current price). */
        public Line discounted(int units, BigDecimal price, List<LineDiscount> taken) {
            if (taken.isEmpty()) return new Line(sku, units, price, taxRate, taxCategory, bundleLine, bundleSku, listPrice, discounts);
            return new Line(sku, units, price, taxRate, taxCategory, bundleLine, bundleSku, unitPrice, taken);
        }
    }

    /**
     * A charge as the channel sent it (ids are the order's to give).
     *
     * @param amount    gross, its discounts deducted
     * @param discounts what was taken off it, for information
     */
    public record ChargeDraft(ChargeType type, String name, BigDecimal amount, BigDecimal taxRate, TaxCategory taxCategory,
                              List<LineDiscount> discounts) {

        public ChargeDraft {
            discounts = discounts == null ? List.of() : List.copyOf(discounts);
        }

        ChargeDraft withName(String stripped) {
            return new ChargeDraft(type, stripped, amount, taxRate, taxCategory, discounts);
        }
    }

    public record Payment(TenderType type, BigDecimal amount, String reference, String fingerprint) {

        public Payment(TenderType type, BigDecimal amount, String reference) {
            this(type, amount, reference, null);
        }
    }
}
