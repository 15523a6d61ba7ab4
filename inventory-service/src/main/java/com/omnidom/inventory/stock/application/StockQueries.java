package com.omnidom.inventory.stock.application;

import com.omnidom.inventory.stock.domain.LocationId;
import com.omnidom.inventory.stock.domain.Sku;
import com.omnidom.inventory.stock.domain.StockKey;
import com.omnidom.inventory.stock.domain.StockLevel;
import com.omnidom.inventory.stock.domain.StockLevels;
import com.omnidom.kernel.Page;
import com.omnidom.platform.web.ResourceNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads stock rows. */
@Service
public class StockQueries {

    private final StockLevels stock;

    public StockQueries(StockLevels stock) {
        this.stock = stock;
    }

    @Transactional(readOnly = true)
    public StockLevel get(String locationId, String sku) {
        StockKey key = StockKey.of(sku, locationId);
        return stock.find(key).orElseThrow(() -> new ResourceNotFound("No stock of " + sku + " at " + locationId + "."));
    }

    /** Rows ordered by sku and location, optionally of one article and/or one location. */
    @Transactional(readOnly = true)
    public Page<StockLevel> find(String sku, String locationId, int page, int size) {
        Sku skuFilter = blank(sku) ? null : new Sku(sku);
        LocationId locationFilter = blank(locationId) ? null : new LocationId(locationId);
        return stock.find(skuFilter, locationFilter, page, size);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
