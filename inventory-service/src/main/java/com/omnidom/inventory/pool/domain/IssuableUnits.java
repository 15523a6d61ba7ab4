package com.omnidom.inventory.pool.domain;

import com.omnidom.inventory.stock.domain.StockKey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The pools. A claim is one statement: free units are locked with SKIP LOCKED and marked issued, so none is handed out twice. */
public interface IssuableUnits {

    /** Adds units not in the pool yet; returns how many were new. */
    int add(StockKey key, List<IssuableUnit> units);

    /**
     * Hands out up to {@code quantity} free units (slots starting after {@code now} and, if given, not after
     * {@code notAfter}; earliest first) to a fulfilment line; returns their codes.
     */
    List<String> claim(StockKey key, UUID fulfillmentId, String lineId, int quantity, Instant now, Instant notAfter);

    /** Puts a fulfilment line's units back into the pool; returns how many. */
    int giveBack(UUID fulfillmentId, String lineId);

    /** Free units of the key (not issued). */
    int free(StockKey key);
}
