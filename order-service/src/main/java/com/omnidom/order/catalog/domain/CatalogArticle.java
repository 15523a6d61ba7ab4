package com.omnidom.order.catalog.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An article as the catalog last published it, with what the intake checks need.
 *
 * @param kind       PHYSICAL, SERVICE, GIFT_CARD or DIGITAL_RIGHT (as the catalog names it)
 * @param regions    ISO 3166-1 alpha-2 countries the article is sold in (empty: sold nowhere)
 * @param components a bundle's components; empty for a single article
 * @param names      name per language tag
 */
public record CatalogArticle(String sku, long version, String kind, boolean active, Instant validFrom,
                             Instant validUntil, List<String> regions, List<Component> components, List<Price> prices,
                             TaxCategory taxCategory, Map<String, String> names) {

    public CatalogArticle {
        regions = regions == null ? List.of() : List.copyOf(regions);
        components = components == null ? List.of() : List.copyOf(components);
        prices = prices == null ? List.of() : List.copyOf(prices);
        names = names == null ? Map.of() : Map.copyOf(names);
        if (taxCategory == null) taxCategory = TaxCategory.STANDARD;
    }

    public boolean isBundle() {
        return !components.isEmpty();
    }

    /** Valid at {@code at}: {@code [validFrom, validUntil)}, null ends open. */
    public boolean validAt(Instant at) {
        return within(validFrom, validUntil, at);
    }

    public boolean soldIn(String country) {
        return country != null && regions.contains(country);
    }

    /** The price of the catalog channel and currency valid at {@code at}, if there is one. */
    public Optional<BigDecimal> price(String channel, String currency, Instant at) {
        return prices.stream().filter(p -> p.channel().equals(channel) && p.currency().equals(currency)
                && within(p.validFrom(), p.validUntil(), at)).map(Price::amount).findFirst();
    }

    private static boolean within(Instant from, Instant until, Instant at) {
        return (from == null || !at.isBefore(from)) && (until == null || at.isBefore(until));
    }

    /** A bundle's component: {@code quantity} units of {@code sku} per bundle. */
    public record Component(String sku, int quantity) {
    }

    /** A price valid in {@code [validFrom, validUntil)}. */
    public record Price(String channel, String currency, BigDecimal amount, Instant validFrom, Instant validUntil) {
    }
}
