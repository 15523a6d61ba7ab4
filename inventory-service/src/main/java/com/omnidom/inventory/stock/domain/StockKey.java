package com.omnidom.inventory.stock.domain;

import java.util.Comparator;
import java.util.Objects;

/**
 * One article at one location: the identity of a stock row. Its natural order is the order in which every
 * use case locks rows, so two transactions touching the same rows never wait for each other in a circle.
 */
public record StockKey(Sku sku, LocationId locationId) implements Comparable<StockKey> {

    private static final Comparator<StockKey> LOCK_ORDER =
            Comparator.comparing(StockKey::sku).thenComparing(StockKey::locationId);

    public StockKey {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(locationId, "locationId");
    }

    public static StockKey of(String sku, String locationId) {
        return new StockKey(new Sku(sku), new LocationId(locationId));
    }

    @Override
    public int compareTo(StockKey other) {
        return LOCK_ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return sku + "@" + locationId;
    }
}
