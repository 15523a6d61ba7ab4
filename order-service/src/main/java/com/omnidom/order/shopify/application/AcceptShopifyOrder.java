package com.omnidom.order.shopify.application;

import com.omnidom.kernel.Money;
import com.omnidom.order.order.application.PricingProperties.IntakeChannel;
import com.omnidom.order.order.application.AcceptOrder;
import com.omnidom.order.order.application.AcceptedOrder;
import com.omnidom.order.order.application.OrderRequest;
import com.omnidom.order.order.application.OrderSearch;
import com.omnidom.order.order.domain.Channel;
import com.omnidom.order.order.domain.DeliveryMode;
import com.omnidom.order.order.domain.Orders;
import com.omnidom.order.order.domain.TenderType;
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
    private static final String SKU = "[A-Za-z0-9._-]{1,64}";
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
        return acceptOrder.accept(request, key != null && key.length() <= 200 ? key : null, IntakeChannel.SHOPIFY);
    }

    /**
     * Shopify order → order request. Line prices become gross unit prices (tax added when the shop's prices exclude it,
     * the line's discount spread over its units, rounded to the currency); the order is paid by one CARD tender of that
     * total. Shipping charges are not order lines in Omnidom and are left out.
     */
    static OrderRequest map(ShopifyOrder o) {
        // an unknown currency is refused by the intake rules; its amounts are worked out in whole units meanwhile
        Currency currency = Optional.ofNullable(currency(o.currency())).orElse(NO_CURRENCY);
        boolean taxesIncluded = !Boolean.FALSE.equals(o.taxesIncluded());
        List<OrderRequest.Line> lines = new ArrayList<>();
        Money total = Money.zero(currency);
        List<ShopifyOrder.LineItem> items = o.lineItems() == null ? List.of() : o.lineItems();
        for (ShopifyOrder.LineItem item : items) {
            if (item == null) continue;
            BigDecimal rate = item.taxLines() == null ? BigDecimal.ZERO : item.taxLines().stream()
                    .filter(t -> t != null && t.rate() != null).map(ShopifyOrder.TaxLine::rate).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal unit = null;
            int quantity = item.quantity() == null ? 0 : item.quantity();
            if (item.price() != null && quantity > 0) {
                Money unitPrice = unitPrice(item.price(), quantity, taxesIncluded ? null : rate, item.totalDiscount(), currency);
                unit = unitPrice.amount();
                total = total.plus(unitPrice.times(quantity));
            }
            String sku = item.sku() != null && item.sku().strip().matches(SKU) ? item.sku().strip()
                    : item.variantId() != null ? "SHOPIFY-VARIANT-" + item.variantId() : item.sku();
            lines.add(new OrderRequest.Line(sku, item.quantity(), unit, rate));
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
        String gateways = o.paymentGatewayNames() == null ? "" : String.join(",", o.paymentGatewayNames().stream()
                .filter(g -> g != null).toList());
        var tenders = total.isPositive()
                ? List.of(new OrderRequest.Tender(TenderType.CARD, total.amount(),
                ("shopify:" + o.id() + (gateways.isEmpty() ? "" : ":" + gateways)).substring(0,
                        Math.min(200, ("shopify:" + o.id() + (gateways.isEmpty() ? "" : ":" + gateways)).length())), null))
                : List.<OrderRequest.Tender>of();
        return new OrderRequest(Channel.WEB_SHOP, "SHOPIFY-" + o.id(), customer, o.currency(), lines, delivery, tenders,
                false, o.billingAddress() == null ? null : address(o.billingAddress()), o.browserIp());
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
