package com.omnidom.order.order.application;

import com.omnidom.kernel.RuleViolation;
import com.omnidom.kernel.RuleViolation.Violation;
import com.omnidom.order.catalog.application.ReplicateArticles;
import com.omnidom.order.catalog.domain.CatalogArticle;
import com.omnidom.order.order.application.PricingProperties.ChannelPricing;
import com.omnidom.order.order.application.PricingProperties.IntakeChannel;
import com.omnidom.order.order.domain.BundleAllocation;
import com.omnidom.order.order.domain.DeliveryMode;
import com.omnidom.order.order.domain.OrderDraft;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Holds a new order's lines against the replica of the catalog: each article known, active, valid at the order time,
 * sold in the delivery country, priced for the channel's catalog channel and currency, the line's price held against
 * the catalog's under the channel's policy ({@link PricingProperties}). Accepted lines carry the article's tax
 * category; an ordered bundle becomes its component lines ({@link BundleAllocation}). Every broken rule is a
 * {@link RuleViolation} naming the request's line ({@code lines[1].sku}), so nothing is stored.
 */
@Service
public class CatalogCheck {

    /** Most levels of bundles in bundles (the ordered bundle is level 1); deeper is refused, and so is a cycle. */
    static final int MAX_BUNDLE_DEPTH = 3;

    /** Most units one ordered line may explode into per leaf article; guards the arithmetic, far above any intake limit. */
    private static final long MAX_EXPLODED_UNITS = 1_000_000;

    private final ReplicateArticles articles;
    private final PricingProperties pricing;

    public CatalogCheck(ReplicateArticles articles, PricingProperties pricing) {
        this.articles = articles;
        this.pricing = pricing;
    }

    /**
     * @param draft an order that keeps the intake rules (quantities, prices, currency), normalised
     * @return the draft with the checked lines (prices, tax categories, bundles exploded); unchanged when the
     * channel's checks are off
     */
    public OrderDraft check(OrderDraft draft, IntakeChannel channel, Instant at) {
        ChannelPricing rules = pricing.of(channel);
        if (!rules.checks()) return draft;
        String catalogChannel = rules.catalogChannel(channel);
        String currency = draft.currency();
        Set<String> asked = new HashSet<>(draft.lines().stream().map(OrderDraft.Line::sku).toList());
        Map<String, CatalogArticle> known = new HashMap<>(articles.find(asked));
        // the components of bundles, level by level: one level beyond the limit, to see a bundle nested too deep
        for (int level = 0; level < MAX_BUNDLE_DEPTH; level++) {
            Set<String> components = new HashSet<>();
            known.values().stream().filter(CatalogArticle::isBundle)
                    .forEach(b -> b.components().forEach(c -> components.add(c.sku())));
            components.removeAll(asked);
            if (components.isEmpty()) break;
            asked.addAll(components);
            known.putAll(articles.find(components));
        }
        String country = country(draft);

        List<Violation> found = new ArrayList<>();
        List<BigDecimal> prices = new ArrayList<>();
        for (int i = 0; i < draft.lines().size(); i++) {
            OrderDraft.Line line = draft.lines().get(i);
            String field = "lines[" + i + "].";
            CatalogArticle article = known.get(line.sku());
            prices.add(line.unitPrice());
            if (article == null) {
                found.add(new Violation(field + "sku", "unknown article"));
                continue;
            }
            if (!article.active()) found.add(new Violation(field + "sku", "article is not active"));
            if (!article.validAt(at)) found.add(new Violation(field + "sku", "article is not valid at the order time"));
            if (country != null && !article.soldIn(country)) {
                found.add(new Violation(field + "sku", "article is not sold in " + country));
            }
            if (article.isBundle()) checkBundle(field, line.quantity(), List.of(article.sku()), article, known, found);
            Optional<BigDecimal> catalogPrice = article.price(catalogChannel, currency, at);
            if (catalogPrice.isEmpty()) {
                found.add(new Violation(field + "sku", "has no price for " + channel + " (" + catalogChannel + ") in " + currency));
                continue;
            }
            BigDecimal expected = catalogPrice.get();
            switch (rules.policy()) {
                case TOLERANCE -> {
                    if (line.unitPrice().subtract(expected).abs().compareTo(rules.tolerance()) > 0) {
                        found.add(new Violation(field + "unitPrice", expected.toPlainString() + " expected for " + channel
                                + " in " + currency));
                    }
                }
                case CATALOG_PRICE -> prices.set(i, expected);
            }
        }
        if (!found.isEmpty()) throw new RuleViolation(found.stream().distinct().toList());

        int scale = Currency.getInstance(currency).getDefaultFractionDigits();
        List<OrderDraft.Line> checked = new ArrayList<>();
        for (int i = 0; i < draft.lines().size(); i++) {
            OrderDraft.Line line = draft.lines().get(i);
            CatalogArticle article = known.get(line.sku());
            if (!article.isBundle()) {
                checked.add(line.checked(prices.get(i), article.taxCategory()));
                continue;
            }
            checked.addAll(explode(i + 1, line, prices.get(i), article, known, catalogChannel, currency, scale, at));
        }
        return draft.withLines(checked);
    }

    /**
     * Every component of the bundle known, bundles in it nested at most {@link #MAX_BUNDLE_DEPTH} levels and never
     * containing themselves (a cycle in the catalog is refused here, not followed).
     *
     * @param path the bundles from the ordered one down to {@code bundle}
     */
    private static void checkBundle(String field, long units, List<String> path, CatalogArticle bundle,
                                    Map<String, CatalogArticle> known, List<Violation> found) {
        for (CatalogArticle.Component c : bundle.components()) {
            String via = String.join(" > ", path) + " > " + c.sku();
            CatalogArticle component = known.get(c.sku());
            long componentUnits = units * c.quantity();
            if (path.contains(c.sku())) {
                found.add(new Violation(field + "sku", "bundle " + path.getFirst() + " contains itself: " + via));
            } else if (component == null) {
                found.add(new Violation(field + "sku", "bundle component " + c.sku() + " is an unknown article"));
            } else if (componentUnits > MAX_EXPLODED_UNITS) {
                found.add(new Violation(field + "quantity", "explodes into " + componentUnits + " units of " + c.sku()));
            } else if (component.isBundle()) {
                if (path.size() >= MAX_BUNDLE_DEPTH) {
                    found.add(new Violation(field + "sku", "bundles nested deeper than " + MAX_BUNDLE_DEPTH + " levels: " + via));
                    continue;
                }
                List<String> deeper = new ArrayList<>(path);
                deeper.add(c.sku());
                checkBundle(field, componentUnits, deeper, component, known, found);
            }
        }
    }

    /**
     * The bundle's leaf lines: its components', a component that is a bundle itself exploded in turn. Weights per
     * level: each component's catalog price for the channel and currency at the order time; when one of a bundle's
     * components has none, every component of that bundle weighs by its units alone.
     */
    private static List<OrderDraft.Line> explode(int bundleLine, OrderDraft.Line line, BigDecimal price, CatalogArticle bundle,
                                                 Map<String, CatalogArticle> known, String catalogChannel,
                                                 String currency, int scale, Instant at) {
        BigDecimal scaled = price.setScale(scale, RoundingMode.UNNECESSARY);
        return BundleAllocation.allocateNested(line.quantity(), scaled, scale,
                components(bundle, known, catalogChannel, currency, at)).stream()
                .map(p -> new OrderDraft.Line(p.sku(), p.quantity(), p.unitPrice(), line.taxRate(),
                        known.get(p.sku()).taxCategory(), bundleLine, bundle.sku()))
                .toList();
    }

    private static List<BundleAllocation.Nested> components(CatalogArticle bundle, Map<String, CatalogArticle> known,
                                                            String catalogChannel, String currency, Instant at) {
        List<Optional<BigDecimal>> weights = bundle.components().stream()
                .map(c -> known.get(c.sku()).price(catalogChannel, currency, at)).toList();
        boolean allPriced = weights.stream().allMatch(Optional::isPresent);
        List<BundleAllocation.Nested> components = new ArrayList<>();
        for (int k = 0; k < bundle.components().size(); k++) {
            CatalogArticle.Component c = bundle.components().get(k);
            CatalogArticle article = known.get(c.sku());
            components.add(new BundleAllocation.Nested(c.sku(), c.quantity(),
                    allPriced ? weights.get(k).orElseThrow() : BigDecimal.ONE,
                    article.isBundle() ? components(article, known, catalogChannel, currency, at) : List.of()));
        }
        return components;
    }

    /**
     * The country the articles must be sold in: the delivery address's (a pickup order's is its store's, taken from
     * the replica of locations). A pickup order whose store was not looked up (the check is off for the channel) and
     * that brings no address: the billing country, else none (no region check).
     */
    private static String country(OrderDraft draft) {
        var delivery = draft.delivery();
        if (delivery.address() != null && delivery.address().country() != null) return delivery.address().country();
        if (delivery.mode() == DeliveryMode.PICKUP && draft.billingAddress() != null) return draft.billingAddress().country();
        return null;
    }
}
