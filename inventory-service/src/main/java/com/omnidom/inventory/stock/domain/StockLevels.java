package com.omnidom.inventory.stock.domain;

import java.util.List;
import java.util.Optional;

/**
 * The stock rows. Every change is one conditional statement: the database, not a read in Java, decides
 * whether units are there, whatever runs concurrently. Callers lock several rows in {@link StockKey} order.
 */
public interface StockLevels {

    Optional<StockLevel> find(StockKey key);

    /** Rows matching the optional filters, ordered by sku and location. */
    StockPage find(Sku sku, LocationId locationId, long offset, int limit);

    /**
     * Sets on hand for each target (keys unique), creating missing rows; refuses a target below what is
     * allocated. Returns one result per target, in the order given.
     */
    List<OnHandResult> setOnHand(List<OnHandTarget> targets);

    /** Allocates {@code quantity} if that many are available; empty (and nothing changed) if not or no row exists. */
    Optional<StockLevel> allocate(StockKey key, int quantity);

    /** Gives back {@code quantity} allocated units. */
    StockLevel release(StockKey key, int quantity);

    /** Allocated units left the location: on hand and allocated both drop by {@code quantity}. */
    StockLevel removeAllocated(StockKey key, int quantity);

    /** Units came (back) into the location; creates the row if missing. */
    StockLevel restock(StockKey key, int quantity);
}
