package com.omnidom.inventory.stock.domain;

import java.util.Objects;

/**
 * The stock of one article at one location. {@code allocated} units are promised to fulfilment orders and still on
 * hand; {@code blocked} units are on hand but cannot be sold (e.g. damaged); {@code reserved} units are held for
 * channels by their reservations; {@code safetyStock} units are never promised. What any channel can be promised
 * next is {@link #available()}. The physical invariant is a CHECK constraint on the table as well.
 *
 * @param version   increases with every change of the row
 * @param unlimited a non-physical article without a stock limit (e.g. an e-gift card): available is meaningless
 * @param pooled    on hand are issuable units (gift card codes, licence keys, service slots)
 */
public record StockLevel(StockKey key, int onHand, int allocated, long version, int blocked, int reserved,
                         int safetyStock, boolean unlimited, boolean pooled) {

    /** Largest on-hand quantity accepted: leaves head room in a 32-bit column for restocks. */
    public static final int MAX_ON_HAND = 1_000_000_000;

    public StockLevel {
        Objects.requireNonNull(key, "key");
        if (onHand < 0) throw new IllegalStateException(key + ": on hand " + onHand + " is negative");
        if (allocated < 0 || allocated > onHand) {
            throw new IllegalStateException(key + ": allocated " + allocated + " is outside 0.." + onHand);
        }
        if (blocked < 0 || allocated + blocked > onHand) {
            throw new IllegalStateException(key + ": blocked " + blocked + " is outside 0.." + (onHand - allocated));
        }
        if (reserved < 0 || safetyStock < 0) throw new IllegalStateException(key + ": reserved or safety stock negative");
    }

    /** Plain physical stock: nothing blocked, reserved or kept as safety stock. */
    public StockLevel(StockKey key, int onHand, int allocated, long version) {
        this(key, onHand, allocated, version, 0, 0, 0, false, false);
    }

    /** Units on hand that are neither allocated nor blocked: the physical limit of any allocation. */
    public int free() {
        return onHand - allocated - blocked;
    }

    /** What any channel can be promised now: free minus reservations and safety stock, never below 0. */
    public int available() {
        return Math.max(0, free() - reserved - safetyStock);
    }

    /**
     * What a channel holding {@code ownReservation} undrawn units can be promised now: the available units plus its
     * own reservation, never more than is physically free.
     */
    public int availableTo(int ownReservation) {
        return Math.min(free(), available() + Math.max(0, ownReservation));
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
