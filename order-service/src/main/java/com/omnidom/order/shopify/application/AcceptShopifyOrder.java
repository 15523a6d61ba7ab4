package com.omnidom.order.shopify.application;

import com.omnidom.kernel.Money;
import com.omnidom.order.order.application.PricingProperties.IntakeChannel;
import com.omnidom.order.order.application.AcceptOrder;
import com.omnidom.order.order.application.AcceptedOrder;
import com.omnidom.order.order.application.OrderRequest;
import com.omnidom.order.order.application.OrderSearch;
import com.omnidom.order.order.domain.ChargeType;
import com.omnidom.order.order.domain.Channel;
import com.omnidom.order.order.domain.DeliveryMode;
import com.omnidom.order.order.domain.Orders;
import com.omnidom.order.order.domain.TenderType;
import com.omnidom.order.risk.domain.RiskAction;
import com.omnidom.order.risk.domain.RiskFinding;
import com.omnidom.platform.web.FieldProblem;
import com.omnidom.platform.web.InvalidRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Takes a Shopify {@code orders/create} webhook: checks its signature, maps the Shopify order to an order request and
 * places it like any channel's (risk check included). Idempotent twice over: a redelivered webhook reuses its
 * X-Shopify-Webhook-Id as Idempotency-Key; another webhook of the same Shopify order finds the order by its number.
 */
@Service
public class AcceptShopifyOrder {

    private static final Logger log = LoggerFactory.getLogger(AcceptShopifyOrder.class);
    /** Reason code of an order Shopify marks cancelled ({@code cancelled_at}): rejected, never fulfilled. */
    public static final String CANCELLED_IN_CHANNEL = "CANCELLED_IN_CHANNEL";
    /** Reason code of a Shopify test order under {@code omnidom.order.shopify.test-orders: REJECT}. */
    public static final String TEST_ORDER = "TEST_ORDER";
    /** Code of a Shopify discount whose discount application names none. */
    private static final String DISCOUNT = "SHOPIFY";
    private static final Currency NO_CURRENCY = Currency.getInstance("XXX");

    private final AcceptOrder acceptOrder;
    private final Orders orders;
    private final OrderSearch search;
    private final Validator validator;
    private final JsonMapper json;
    private final ShopifyProperties properties;

    public AcceptShopifyOrder(AcceptOrder acceptOrder, Orders orders, OrderSearch search, Validator validator,
                              JsonMapper json, ShopifyProperties properties) {
        this.acceptOrder = acceptOrder;
        this.orders = orders;
        this.search = search;
        this.validator = validator;
        this.json = json;
        this.properties = properties;
    }

    /** A webhook whose signature does not verify: 401. */
    public static class BadSignature extends RuntimeException {
        public BadSignature(String message) {
            super(message);
        }
    }

    public AcceptedOrder accept(byte[] body, String signature, String webhookId) {
        if (properties.secret() == null || properties.secret().isBlank()) {
            log.warn("Shopify webhook refused: omnidom.order.shopify.secret is not configured");
            throw new BadSignature("No Shopify app secret is configured here, so no webhook can be verified.");
        }
        if (!ShopifySignature.valid(body, signature, properties.secret())) {
            throw new BadSignature("X-Shopify-Hmac-Sha256 does not match the body.");
        }
        ShopifyOrder order;
        try {
            order = json.readValue(body, ShopifyOrder.class);
        } catch (JacksonException e) {
            throw new InvalidRequest("body", "is not a Shopify order: " + e.getOriginalMessage());
        }
        if (order == null || order.id() == null) throw new InvalidRequest("id", "is required");
        OrderRequest request = map(order);
        Set<ConstraintViolation<OrderRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new InvalidRequest(violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage())).toList());
        }
        Optional<AcceptedOrder> known = orders.findByChannelAndOrderNumber(Channel.WEB_SHOP, request.orderNumber())
                .map(o -> new AcceptedOrder(search.get(o.id().value()), true));
        if (known.isPresent()) return known.get();
        String key = webhookId == null || webhookId.isBlank() ? null : "shopify:" + webhookId.strip();
        return acceptOrder.accept(request, key != null && key.length() <= 200 ? key : null,
                new AcceptOrder.Intake(IntakeChannel.SHOPIFY, true, findings(order)));
    }

    /** What the shop says against fulfilling the order: cancelled there, or a test order this service does not take. */
    private List<RiskFinding> findings(ShopifyOrder order) {
        List<RiskFinding> found = new ArrayList<>();
        if (order.cancelledAt() != null && !order.cancelledAt().isBlank()) {
            found.add(new RiskFinding(CANCELLED_IN_CHANNEL, "Shopify cancelled the order at " + order.cancelledAt()
                    + (order.cancelReason() == null ? "" : " (" + order.cancelReason() + ")"), RiskAction.REJECT));
        }
        if (Boolean.TRUE.equals(order.test()) && properties.testOrders() != ShopifyProperties.TestOrders.ACCEPT) {
            found.add(new RiskFinding(TEST_ORDER, "a Shopify test order (omnidom.order.shopify.test-orders is REJECT)",
                    RiskAction.REJECT));
        }
        return found;
    }

    /**
     * Shopify order → order request, its money exact. A line keeps Shopify's unit price (tax added when the shop's prices
     * exclude it) and its {@code discount_allocations} become the line's channel discounts, so the discounted unit price
     * is worked out (and spread over the units) like any channel's; each shipping line becomes a SHIPPING charge of
     * what is paid for it ({@code price} less its allocations) with the allocations as its discounts. The tender is what
     * the shop says was paid ({@code current_total_price}, else {@code total_price}): ON_ACCOUNT while the payment is
     * {@code pending} (a manual method, paid later), else CARD with the gateways as reference; nothing paid, no tender.
     * Whether that pays the order is checked after the catalog (see {@link #accept}).
     */
    static OrderRequest map(ShopifyOrder o) {
        // an unknown currency is refused by the intake rules; its amounts are worked out in whole units meanwhile
        Currency currency = Optional.ofNullable(currency(o.currency())).orElse(NO_CURRENCY);
        boolean taxesIncluded = !Boolean.FALSE.equals(o.taxesIncluded());
        List<OrderRequest.Line> lines = new ArrayList<>();
        List<OrderRequest.Discount> discounts = new ArrayList<>();
        List<ShopifyOrder.LineItem> items = o.lineItems() == null ? List.of() : o.lineItems().stream().filter(i -> i != null).toList();
        for (int n = 0; n < items.size(); n++) {
            ShopifyOrder.LineItem item = items.get(n);
            BigDecimal rate = rate(item.taxLines());
            BigDecimal unit = null;
            int quantity = item.quantity() == null ? 0 : item.quantity();
            if (item.price() != null && quantity > 0) {
                unit = unitPrice(item.price(), quantity, taxesIncluded ? null : rate, null, currency).amount();
            }
            String lineId = String.valueOf(n + 1);
            List<OrderRequest.Discount> taken = discounts(o, item.discountAllocations(), taxesIncluded ? null : rate, currency, lineId);
            if (taken.isEmpty() && item.totalDiscount() != null && item.totalDiscount().signum() > 0) {
                // older payloads carry only the line's total discount
                taken = List.of(new OrderRequest.Discount(DISCOUNT, "Shopify discount",
                        gross(item.totalDiscount(), taxesIncluded ? null : rate, currency), lineId));
            }
            discounts.addAll(taken);
            // the shop's SKU is the article; a variant id only stands in when the shop has none
            String sku = item.sku() != null && !item.sku().isBlank() ? item.sku().strip()
                    : item.variantId() != null ? "SHOPIFY-VARIANT-" + item.variantId() : item.sku();
            lines.add(new OrderRequest.Line(sku, item.quantity(), unit, rate));
        }
        List<OrderRequest.Charge> charges = new ArrayList<>();
        for (ShopifyOrder.ShippingLine s : o.shippingLines() == null ? List.<ShopifyOrder.ShippingLine>of() : o.shippingLines()) {
            if (s == null || s.price() == null) continue;
            BigDecimal rate = rate(s.taxLines());
            BigDecimal addTax = taxesIncluded ? null : rate;
            BigDecimal price = gross(s.price(), addTax, currency);
            List<OrderRequest.ChargeDiscount> off = discounts(o, s.discountAllocations(), addTax, currency, null).stream()
                    .map(d -> new OrderRequest.ChargeDiscount(d.code(), d.name(), d.amount())).toList();
            if (off.isEmpty() && s.discountedPrice() != null && s.discountedPrice().compareTo(s.price()) < 0) {
                off = List.of(new OrderRequest.ChargeDiscount(DISCOUNT, "Shopify shipping discount",
                        price.subtract(gross(s.discountedPrice(), addTax, currency))));
            }
            BigDecimal amount = price.subtract(off.stream().map(OrderRequest.ChargeDiscount::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .max(BigDecimal.ZERO.setScale(price.scale()));
            charges.add(new OrderRequest.Charge(ChargeType.SHIPPING, clip(first(s.title(), s.code(), "Shipping"), 200),
                    amount, rate, null, off));
        }
        ShopifyOrder.Customer c = o.customer();
        ShopifyOrder.Address ship = o.shippingAddress();
        String email = first(o.email(), c == null ? null : c.email());
        String customerId = c != null && c.id() != null ? "shopify:" + c.id() : email == null ? null : "shopify:" + email;
        String name = first(ship == null ? null : first(ship.name(), join(ship.firstName(), ship.lastName())),
                c == null ? null : join(c.firstName(), c.lastName()), email);
        var customer = new OrderRequest.Customer(customerId, name, email,
                first(o.phone(), c == null ? null : c.phone(), ship == null ? null : ship.phone()),
                o.customerLocale() == null ? null : o.customerLocale().strip(), null);
        // Shopify's order webhook has no field for a promised delivery day (apps keep it in notes): no promise
        boolean express = o.shippingLines() != null && o.shippingLines().stream().filter(s -> s != null)
                .anyMatch(s -> contains(s.code(), "express") || contains(s.title(), "express"));
        OrderRequest.Delivery delivery = ship != null
                ? new OrderRequest.Delivery(DeliveryMode.SHIP, address(ship),
                ship.latitude() != null && ship.longitude() != null ? new OrderRequest.Geo(ship.latitude(), ship.longitude()) : null,
                null, express, null)
                : new OrderRequest.Delivery(DeliveryMode.PICKUP, null, null,
                o.locationId() == null ? null : "SHOPIFY-LOCATION-" + o.locationId(), false, null);
        return new OrderRequest(Channel.WEB_SHOP, "SHOPIFY-" + o.id(), customer, o.currency(), lines, delivery, tenders(o),
                false, o.billingAddress() == null ? null : address(o.billingAddress()), o.browserIp(), null,
                discounts.isEmpty() ? null : discounts, charges.isEmpty() ? null : charges);
    }

    /** What the shop says was paid, as one tender (none when nothing was). */
    private static List<OrderRequest.Tender> tenders(ShopifyOrder o) {
        BigDecimal paid = o.currentTotalPrice() != null ? o.currentTotalPrice() : o.totalPrice();
        if (paid == null || paid.signum() <= 0) return List.of();
        // pending: a manual method (bank transfer, cash on delivery, invoice): the customer pays later
        if ("pending".equalsIgnoreCase(o.financialStatus())) {
            return List.of(new OrderRequest.Tender(TenderType.ON_ACCOUNT, paid, null, null));
        }
        String gateways = o.paymentGatewayNames() == null ? "" : String.join(",", o.paymentGatewayNames().stream()
                .filter(g -> g != null).toList());
        String reference = "shopify:" + o.id() + (gateways.isEmpty() ? "" : ":" + gateways);
        return List.of(new OrderRequest.Tender(TenderType.CARD, paid, clip(reference, 200), null));
    }

    /** The allocations as channel discounts (gross), named by their discount application. */
    private static List<OrderRequest.Discount> discounts(ShopifyOrder o, List<ShopifyOrder.DiscountAllocation> allocations,
                                                         BigDecimal addTax, Currency currency, String lineId) {
        if (allocations == null) return List.of();
        List<OrderRequest.Discount> found = new ArrayList<>();
        for (ShopifyOrder.DiscountAllocation a : allocations) {
            if (a == null || a.amount() == null || a.amount().signum() <= 0) continue;
            ShopifyOrder.DiscountApplication app = a.applicationIndex() != null && o.discountApplications() != null
                    && a.applicationIndex() >= 0 && a.applicationIndex() < o.discountApplications().size()
                    ? o.discountApplications().get(a.applicationIndex()) : null;
            String code = app == null ? DISCOUNT : first(app.code(), app.title(), DISCOUNT);
            String name = app == null ? "Shopify discount" : first(app.title(), app.description(), code);
            found.add(new OrderRequest.Discount(clip(code.strip(), 64), clip(name.strip(), 200), gross(a.amount(), addTax, currency), lineId));
        }
        return found;
    }

    /** An amount with the tax added ({@code addTax} null when the shop's prices include it), rounded half up to the currency. */
    private static BigDecimal gross(BigDecimal amount, BigDecimal addTax, Currency currency) {
        BigDecimal gross = addTax == null ? amount : amount.multiply(BigDecimal.ONE.add(addTax));
        return gross.setScale(Money.minorDigits(currency), RoundingMode.HALF_UP);
    }

    private static BigDecimal rate(List<ShopifyOrder.TaxLine> taxLines) {
        return taxLines == null ? BigDecimal.ZERO : taxLines.stream().filter(t -> t != null && t.rate() != null)
                .map(ShopifyOrder.TaxLine::rate).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /**
     * The gross price of one unit: the line's price × quantity, tax added ({@code addTax}, null when the shop's prices
     * include it), its discount taken off, spread evenly over the units and rounded half up to the currency once; never
     * below zero.
     */
    static Money unitPrice(BigDecimal price, int quantity, BigDecimal addTax, BigDecimal discount, Currency currency) {
        BigDecimal gross = price.multiply(BigDecimal.valueOf(quantity));
        if (addTax != null) gross = gross.multiply(BigDecimal.ONE.add(addTax));
        if (discount != null) gross = gross.subtract(discount);
        Money unit = Money.of(gross.divide(BigDecimal.valueOf(quantity), Money.minorDigits(currency), RoundingMode.HALF_UP),
                currency);
        return unit.max(Money.zero(currency));
    }

    private static OrderRequest.Address address(ShopifyOrder.Address a) {
        String street = a.address2() == null || a.address2().isBlank() ? a.address1()
                : (a.address1() == null ? "" : a.address1() + ", ") + a.address2();
        return new OrderRequest.Address(first(a.name(), join(a.firstName(), a.lastName())), street, a.zip(), a.city(),
                a.countryCode() == null ? null : a.countryCode().toUpperCase(Locale.ROOT));
    }

    private static Currency currency(String code) {
        try {
            return code == null ? null : Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean contains(String s, String word) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(word);
    }

    private static String join(String first, String last) {
        String joined = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
        return joined.isEmpty() ? null : joined;
    }

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }
}
