package com.omnidom.inventory.stock.application;

import com.omnidom.inventory.stock.domain.LocationId;
import com.omnidom.inventory.stock.domain.Sku;
import com.omnidom.inventory.stock.domain.StockKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Puts resellable returned units back on hand at the location that received them. */
@Service
public class RestockReturns {

    private final StockLedger ledger;

    public RestockReturns(StockLedger ledger) {
        this.ledger = ledger;
    }

    /** Adds the units, creating missing rows (once per event: the platform's inbox runs it). */
    @Transactional
    public void noteReturnReceived(LocationId location, List<ReturnedUnits> units) {
        // one change per article, in lock order
        Map<Sku, Integer> perSku = new TreeMap<>();
        units.forEach(u -> perSku.merge(u.sku(), u.quantity(), Math::addExact));
        perSku.forEach((sku, quantity) -> ledger.restock(new StockKey(sku, location), quantity));
    }
}
