package com.omnidom.inventory.availability.domain;

import com.omnidom.inventory.stock.domain.StockKey;

import java.util.Collection;
import java.util.List;

/** Reads stock positions in bulk, and the keys whose availability changed since they were last published. */
public interface StockPositions {

    /** The positions of these keys that have a stock row. */
    List<StockPosition> ofKeys(Collection<StockKey> keys);

    /** Every position of these articles, at every location. */
    List<StockPosition> ofSkus(Collection<String> skus);

    /**
     * Takes up to {@code max} keys marked pending and removes their marks, in the caller's transaction;
     * keys another transaction is taking are skipped.
     */
    List<StockKey> takePending(int max);
}
