package com.omnidom.inventory.allocation.domain;

import com.omnidom.inventory.stock.domain.InvalidStock;
import com.omnidom.inventory.stock.domain.LocationId;
import com.omnidom.inventory.stock.domain.Sku;
import com.omnidom.inventory.stock.domain.StockKey;
import com.omnidom.inventory.stock.domain.StockLevel;

import java.util.Comparator;

/** Units of an article allocated (or wanted) for one order line of a fulfilment order. */
public record AllocationLine(String lineId, String sku, int quantity) {

    /** By article (the stock row's lock order at one location), then line. */
    public static final Comparator<AllocationLine> LOCK_ORDER =
            Comparator.comparing(AllocationLine::sku).thenComparing(AllocationLine::lineId);

    public AllocationLine {
        if (lineId == null || lineId.isBlank()) throw new InvalidStock("lines.lineId", "is required");
        new Sku(sku);
        StockLevel.checkedQuantity(quantity, "lines.quantity");
    }

    public StockKey at(LocationId location) {
        return new StockKey(new Sku(sku), location);
    }
}
