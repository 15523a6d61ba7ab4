package com.omnidom.inventory.stock.domain;

import com.omnidom.kernel.Page;

import java.util.List;
import java.util.Optional;

/**
 * The stock rows. Every change is one conditional statement: the database, not a read in Java, decides
 * whether units are there, whatever runs concurrently. Callers lock several rows in {@link StockKey} order.
 */
public interface StockLevels {

    Optional<StockLevel> find(StockKey key);

    /** Page {@code page} (from 0) of {@code size} rows matching the optional filters, ordered by sku and location. */
    Page<StockLevel> find(Sku sku, LocationId locationId, int page, int size);

    /**
     * Sets on hand for each target (keys unique) as counted now, creating missing rows; refuses a target below what
     * is allocated. Returns one result per target, in the order given.
     */
    List<OnHandResult> setOnHand(List<OnHandTarget> targets);

    /**
     * Allocates {@code quantity}, of which {@code fromReservation} come out of the channel's reservation (already
     * drawn there): the rest must be available, and all of it physically free. Empty (nothing changed) if not, or
     * if no row exists.
     */
    Optional<StockLevel> allocate(StockKey key, int quantity, int fromReservation);

    /** Gives back {@code quantity} allocated units as {@code effect} says; {@code toReservation} of them go back to a reservation. */
    StockLevel release(StockKey key, int quantity, int toReservation, ReleaseEffect effect);

    /** Units promised from goods in transit have arrived (and are on hand now): they become allocated here. */
    StockLevel allocateArrived(StockKey key, int quantity);

    /** Allocated units left the location: on hand and allocated both drop by {@code quantity}. */
    StockLevel removeAllocated(StockKey key, int quantity);

    /** Units came (back) into the location; creates the row if missing. */
    StockLevel restock(StockKey key, int quantity);

    /**
     * Changes the units held by reservations by {@code delta}; an increase must be available. Empty (nothing
     * changed) when it is not, or no row exists.
     */
    Optional<StockLevel> reserve(StockKey key, int delta);

    /** Something else about the row changed (its goods in transit): a new version, creating the row if missing. */
    StockLevel touch(StockKey key);

    /** Marks the row as a pool of issuable units, or as unlimited (creating it with nothing on hand if missing). */
    StockLevel markNonPhysical(StockKey key, boolean pooled, boolean unlimited);
}
