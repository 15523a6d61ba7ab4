package com.omnidom.order.order.application;

import com.omnidom.kernel.RuleViolation;
import com.omnidom.kernel.RuleViolation.Violation;
import com.omnidom.order.catalog.application.ReplicatePromotions;
import com.omnidom.order.catalog.domain.CatalogPromotion;
import com.omnidom.order.order.application.PricingProperties.ChannelPricing;
import com.omnidom.order.order.application.PricingProperties.IntakeChannel;
import com.omnidom.order.order.domain.DiscountAllocation;
import com.omnidom.order.order.domain.DiscountAllocation.Grant;
import com.omnidom.order.order.domain.LineDiscount;
import com.omnidom.order.order.domain.OrderDraft;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Takes the discounts off a new order's lines, after the catalog check set their prices: the catalog's promotions
 * valid now for the order's catalog channel and currency — the automatic ones and the coupons the order names — and
 * the discounts the channel granted itself. In this order: line-level promotions (automatic, then coupons), the
 * channel's line discounts, order-level promotions (automatic, then coupons; their minimum held against the goods
 * left at that point), the channel's order discounts. {@link DiscountAllocation} spreads each over its lines exactly.
 * A coupon that is unknown, not valid for this order, or gives nothing (no line of its SKUs, minimum not reached) is
 * a {@link RuleViolation} naming {@code promotionCodes[i]}, so nothing is stored.
 */
@Service
public class PromotionCheck {

    private final ReplicatePromotions promotions;
    private final PricingProperties pricing;

    public PromotionCheck(ReplicatePromotions promotions, PricingProperties pricing) {
        this.promotions = promotions;
        this.pricing = pricing;
    }

    /**
     * @param draft   an order whose lines keep the intake rules and passed the catalog check
     * @param codes   the coupon codes the order names (null: none)
     * @param granted the channel's own discounts (null: none)
     * @return the draft with discounted lines (a line whose discount does not divide by its units split in two)
     */
    public OrderDraft apply(OrderDraft draft, List<String> codes, List<OrderRequest.Discount> granted,
                            IntakeChannel channel, Instant at) {
        codes = codes == null ? List.of() : codes;
        granted = granted == null ? List.of() : granted;
        ChannelPricing rules = pricing.of(channel);
        // Shopify's prices arrive with Shopify's discounts deducted; a channel without catalog checks has no catalog channel
        boolean catalogPromotions = rules.checks() && channel != IntakeChannel.SHOPIFY;
        String catalogChannel = rules.catalogChannel(channel);
        String currency = draft.currency();
        int scale = Currency.getInstance(currency).getDefaultFractionDigits();
        List<OrderDraft.Line> lines = draft.lines();
        String language = draft.customer() == null ? null : draft.customer().language();
        List<Violation> found = new ArrayList<>();

        List<CatalogPromotion> automatic = catalogPromotions
                ? promotions.automatic(currency, at).stream().filter(p -> p.appliesTo(catalogChannel, currency, at)).toList()
                : List.of();
        List<String> named = codes.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
        Map<String, CatalogPromotion> byCode = promotions.byCodes(new HashSet<>(named)).stream()
                .collect(Collectors.toMap(CatalogPromotion::code, Function.identity()));
        Map<Integer, CatalogPromotion> coupons = new LinkedHashMap<>();
        for (int i = 0; i < named.size(); i++) {
            String field = "promotionCodes[" + i + "]";
            CatalogPromotion p = byCode.get(named.get(i));
            if (named.subList(0, i).contains(named.get(i))) {
                found.add(new Violation(field, "is named twice"));
            } else if (p == null) {
                found.add(new Violation(field, "unknown promotion code"));
            } else if (!catalogPromotions || !p.appliesTo(catalogChannel, currency, at)) {
                found.add(new Violation(field, "is not valid for this order (inactive, outside its period, or not for "
                        + channel + " in " + currency + ")"));
            } else if (!p.orderLevel() && targets(p, lines).isEmpty()) {
                found.add(new Violation(field, "applies to none of the order's lines"));
            } else {
                coupons.put(i, p);
            }
        }
        List<Integer> requestLine = requestLines(lines);
        int requestLines = requestLine.isEmpty() ? 0 : requestLine.getLast() + 1;
        for (int j = 0; j < granted.size(); j++) {
            OrderRequest.Discount d = granted.get(j);
            String field = "discounts[" + j + "].";
            if (d.amount().signum() <= 0) found.add(new Violation(field + "amount", "must be more than 0"));
            if (d.amount().stripTrailingZeros().scale() > scale) {
                found.add(new Violation(field + "amount", "must have at most " + scale + " decimals for " + currency));
            }
            if (d.lineId() != null && !validLine(d.lineId(), requestLines)) {
                found.add(new Violation(field + "lineId", "must name a line of the request, from 1 to " + requestLines));
            }
        }
        if (!found.isEmpty()) throw new RuleViolation(found);

        // each grant, and the coupon it comes from (-1: automatic or the channel's)
        List<Grant> grants = new ArrayList<>();
        List<Integer> from = new ArrayList<>();
        Set<Integer> all = IntStream.range(0, lines.size()).boxed().collect(Collectors.toSet());
        automatic.stream().filter(p -> !p.orderLevel()).forEach(p -> lineGrants(p, lines, language, grants, from, -1));
        coupons.forEach((i, p) -> { if (!p.orderLevel()) lineGrants(p, lines, language, grants, from, i); });
        for (OrderRequest.Discount d : granted) {
            if (d.lineId() == null) continue;
            int wanted = Integer.parseInt(d.lineId()) - 1;
            Set<Integer> targets = IntStream.range(0, lines.size()).filter(k -> requestLine.get(k) == wanted).boxed()
                    .collect(Collectors.toSet());
            grants.add(Grant.amount(d.code(), d.name(), d.amount(), targets));
            from.add(-1);
        }
        automatic.stream().filter(CatalogPromotion::orderLevel).forEach(p -> { grants.add(orderGrant(p, language, all)); from.add(-1); });
        coupons.forEach((i, p) -> { if (p.orderLevel()) { grants.add(orderGrant(p, language, all)); from.add(i); } });
        for (OrderRequest.Discount d : granted) {
            if (d.lineId() != null) continue;
            grants.add(Grant.amount(d.code(), d.name(), d.amount(), all));
            from.add(-1);
        }
        if (grants.isEmpty()) return draft;

        DiscountAllocation.Result result = DiscountAllocation.allocate(
                lines.stream().map(l -> new DiscountAllocation.Line(l.quantity(), l.unitPrice())).toList(), grants, scale);
        Map<Integer, BigDecimal> perCoupon = new LinkedHashMap<>();
        for (int g = 0; g < grants.size(); g++) {
            if (from.get(g) >= 0) perCoupon.merge(from.get(g), result.granted().get(g), BigDecimal::add);
        }
        perCoupon.forEach((i, amount) -> {
            if (amount.signum() == 0) {
                CatalogPromotion p = coupons.get(i);
                found.add(new Violation("promotionCodes[" + i + "]", p.minimumOrderValue() != null
                        ? "the order's goods do not reach its minimum of " + p.minimumOrderValue().toPlainString() + " " + currency
                        : "gives nothing on this order"));
            }
        });
        if (!found.isEmpty()) throw new RuleViolation(found);
        return draft.withLines(result.parts().stream().map(p -> lines.get(p.line()).discounted(p.quantity(), p.unitPrice(),
                p.discounts().stream().map(a -> new LineDiscount(a.code(), a.name(), a.amount())).toList())).toList());
    }

    /** A LINE_* promotion's grants: one per line of its SKUs (a bundle's component lines count by the bundle's SKU too). */
    private static void lineGrants(CatalogPromotion p, List<OrderDraft.Line> lines, String language, List<Grant> grants,
                                   List<Integer> from, int coupon) {
        for (int k : targets(p, lines)) {
            OrderDraft.Line line = lines.get(k);
            grants.add(p.percentOff()
                    ? Grant.percent(p.label(), p.name(language), p.percent(), null, Set.of(k))
                    : Grant.amount(p.label(), p.name(language),
                    p.amount().min(line.unitPrice()).multiply(BigDecimal.valueOf(line.quantity())), Set.of(k)));
            from.add(coupon);
        }
    }

    private static Grant orderGrant(CatalogPromotion p, String language, Set<Integer> all) {
        return new Grant(p.label(), p.name(language), p.percentOff() ? null : p.amount(),
                p.percentOff() ? p.percent() : null, p.minimumOrderValue(), all);
    }

    /** The lines a LINE_* promotion applies to: of its SKUs (or of a bundle of its SKUs), with its minimum quantity. */
    private static List<Integer> targets(CatalogPromotion p, List<OrderDraft.Line> lines) {
        int minimum = p.minimumQuantity() == null ? 1 : p.minimumQuantity();
        return IntStream.range(0, lines.size()).filter(k -> {
            OrderDraft.Line l = lines.get(k);
            return (p.skus().contains(l.sku()) || (l.bundleSku() != null && p.skus().contains(l.bundleSku())))
                    && l.quantity() >= minimum;
        }).boxed().toList();
    }

    /**
     * For each line, the request's line it came from (from 0): a bundle's component lines carry theirs, every other line
     * is the next request line.
     */
    private static List<Integer> requestLines(List<OrderDraft.Line> lines) {
        List<Integer> result = new ArrayList<>();
        int next = 0;
        for (OrderDraft.Line l : lines) {
            if (l.bundleLine() != null) {
                result.add(l.bundleLine() - 1);
                next = l.bundleLine();
            } else {
                result.add(next++);
            }
        }
        return result;
    }

    private static boolean validLine(String lineId, int lines) {
        if (!lineId.matches("[1-9][0-9]{0,3}")) return false;
        return Integer.parseInt(lineId) <= lines;
    }
}
