package com.omnidom.inventory.safety.domain;

import com.omnidom.inventory.stock.domain.InvalidStock;
import com.omnidom.inventory.stock.domain.LocationId;
import com.omnidom.inventory.stock.domain.Sku;
import com.omnidom.inventory.stock.domain.StockKey;

import java.util.Set;

/** What a safety stock rule applies to, from the most specific to the least; the most specific rule wins. */
public enum SafetyScope {
    /** key {@code sku@locationId} */
    ARTICLE_AT_LOCATION,
    /** key {@code sku}: the article at every location */
    ARTICLE,
    /** key {@code locationId}: every article there */
    LOCATION,
    /** key a location type (WAREHOUSE, STORE, DROP_SHIPPER, LOGISTICS_PROVIDER, FRANCHISE_PARTNER) */
    LOCATION_TYPE;

    private static final Set<String> TYPES = Set.of("WAREHOUSE", "STORE", "DROP_SHIPPER", "LOGISTICS_PROVIDER", "FRANCHISE_PARTNER");

    /** Checks a key of this scope, naming the field {@code key} when it is malformed. */
    public String checkedKey(String key) {
        if (key == null) throw new InvalidStock("key", "is required");
        switch (this) {
            case ARTICLE_AT_LOCATION -> {
                int at = key.indexOf('@');
                if (at < 0) throw new InvalidStock("key", "must be sku@locationId");
                new StockKey(new Sku(key.substring(0, at)), new LocationId(key.substring(at + 1)));
            }
            case ARTICLE -> new Sku(key);
            case LOCATION -> new LocationId(key);
            case LOCATION_TYPE -> {
                if (!TYPES.contains(key)) throw new InvalidStock("key", "must be one of " + TYPES);
            }
        }
        return key;
    }

    public static SafetyScope parse(String scope) {
        try {
            return valueOf(scope);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidStock("scope", "must be one of ARTICLE_AT_LOCATION, ARTICLE, LOCATION, LOCATION_TYPE");
        }
    }
}
