package com.omnidom.inventory.stock.application;

import com.omnidom.inventory.stock.domain.Sku;
import com.omnidom.inventory.stock.domain.StockLevel;

/** Resellable units of one article that came back. */
public record ReturnedUnits(Sku sku, int quantity) {

    public ReturnedUnits {
        StockLevel.checkedQuantity(quantity, "quantity");
    }
}
