package com.omnidom.order.catalog.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A promotion as the catalog last published it.
 *
 * @param code     the coupon code (upper case); null for an automatic promotion
 * @param names    name per language tag; the key {@code ""} is the name for every language
 * @param channels the catalog's price channels it applies to; empty = every channel
 * @param kind     ORDER_PERCENT_OFF, ORDER_AMOUNT_OFF, LINE_PERCENT_OFF or LINE_AMOUNT_OFF (as the catalog names it)
 */
public record CatalogPromotion(String promotionId, long version, String code, Map<String, String> names,
                               Instant validFrom, Instant validUntil, List<String> channels, String currency,
                               String kind, BigDecimal percent, BigDecimal amount, BigDecimal minimumOrderValue,
                               List<String> skus, Integer minimumQuantity, boolean active) {

    public CatalogPromotion {
        names = names == null ? Map.of() : Map.copyOf(names);
        channels = channels == null ? List.of() : List.copyOf(channels);
        skus = skus == null ? List.of() : List.copyOf(skus);
    }

    public boolean orderLevel() {
        return kind.startsWith("ORDER_");
    }

    public boolean percentOff() {
        return kind.endsWith("_PERCENT_OFF");
    }

    /** Whether an order of this catalog channel and currency placed at {@code at} may get it. */
    public boolean appliesTo(String catalogChannel, String orderCurrency, Instant at) {
        return active && currency.equals(orderCurrency) && (channels.isEmpty() || channels.contains(catalogChannel))
                && (validFrom == null || !at.isBefore(validFrom)) && (validUntil == null || at.isBefore(validUntil));
    }

    /** The name in {@code language}, else the one for every language, else any. */
    public String name(String language) {
        if (language != null && names.containsKey(language)) return names.get(language);
        if (names.containsKey("")) return names.get("");
        return names.values().stream().findFirst().orElse(promotionId);
    }

    /** What an order names it by on its lines: the code, or the id of an automatic promotion. */
    public String label() {
        return code != null ? code : promotionId;
    }
}
