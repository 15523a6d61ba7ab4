package com.omnidom.inventory.availability.domain;

import com.omnidom.inventory.stock.domain.InvalidStock;
import com.omnidom.inventory.stock.domain.Sku;
import com.omnidom.inventory.stock.domain.StockLevel;

/** Units of an article a shopper wants. */
public record CartLine(String sku, int quantity) {

    public CartLine {
        new Sku(sku);
        if (quantity <= 0) throw new InvalidStock("lines.quantity", "must be positive");
        if (quantity > StockLevel.MAX_ON_HAND) throw new InvalidStock("lines.quantity", "must be at most " + StockLevel.MAX_ON_HAND);
    }
}
