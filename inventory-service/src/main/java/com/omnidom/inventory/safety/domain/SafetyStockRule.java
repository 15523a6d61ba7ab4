package com.omnidom.inventory.safety.domain;

import com.omnidom.inventory.stock.domain.InvalidStock;
import com.omnidom.inventory.stock.domain.StockLevel;

/** Keep {@code quantity} units of what {@code scope}/{@code key} names out of every promise. */
public record SafetyStockRule(SafetyScope scope, String key, int quantity) {

    public SafetyStockRule {
        if (scope == null) throw new InvalidStock("scope", "is required");
        scope.checkedKey(key);
        if (quantity < 0) throw new InvalidStock("quantity", "must not be negative");
        if (quantity > StockLevel.MAX_ON_HAND) throw new InvalidStock("quantity", "must be at most " + StockLevel.MAX_ON_HAND);
    }
}
