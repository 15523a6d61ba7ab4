package com.omnidom.inventory.stock.domain;

import java.util.Objects;

/**
 * The stock of one article at one location. {@code allocated} units are promised to fulfilment orders and
 * still on hand; what can be promised next is {@link #available()}. The same invariant is a CHECK constraint
 * on the table, so no concurrent change can break it either.
 *
 * @param version increases with every change of the row
 */
public record StockLevel(StockKey key, int onHand, int allocated, long version) {

    /** Largest on-hand quantity accepted: leaves head room in a 32-bit column for restocks. */
    public static final int MAX_ON_HAND = 1_000_000_000;

    public StockLevel {
        Objects.requireNonNull(key, "key");
        if (onHand < 0) throw new IllegalStateException(key + ": on hand " + onHand + " is negative");
        if (allocated < 0 || allocated > onHand) {
            throw new IllegalStateException(key + ": allocated " + allocated + " is outside 0.." + onHand);
        }
    }

    public int available() {
        return onHand - allocated;
    }

    /** Checks a quantity someone wants to set as on hand. */
    public static int checkedOnHand(Integer onHand) {
        if (onHand == null) throw new InvalidStock("onHand", "is required");
        if (onHand < 0) throw new InvalidStock("onHand", "must not be negative");
        if (onHand > MAX_ON_HAND) throw new InvalidStock("onHand", "must be at most " + MAX_ON_HAND);
        return onHand;
    }

    /** Checks a quantity that moves stock (allocate, release, ship, restock). */
    public static int checkedQuantity(int quantity, String field) {
        if (quantity <= 0) throw new InvalidStock(field, "must be positive");
        if (quantity > MAX_ON_HAND) throw new InvalidStock(field, "must be at most " + MAX_ON_HAND);
        return quantity;
    }
}
