package com.omnidom.inventory.stock.application;

import com.omnidom.inventory.stock.domain.OnHandResult;
import com.omnidom.inventory.stock.domain.OnHandTarget;
import com.omnidom.inventory.stock.domain.ReleaseEffect;
import com.omnidom.inventory.stock.domain.StockKey;
import com.omnidom.inventory.stock.domain.StockLevel;
import com.omnidom.inventory.stock.domain.StockLevels;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The only way stock rows change, always inside the caller's transaction. Each write marks its {@code sku@location}
 * pending in the same transaction (a trigger on the table, so set-based imports are covered too); the
 * {@code AvailabilityPublisher} turns the marks into one {@code AvailabilityChanged} per key and interval.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class StockLedger {

    private final StockLevels stock;

    public StockLedger(StockLevels stock) {
        this.stock = stock;
    }

    /**
     * Sets on hand per target (keys unique), writing in lock order; refused and unchanged targets write nothing.
     * Returns one result per target, in the order given.
     */
    public List<OnHandResult> setOnHand(List<OnHandTarget> targets) {
        List<OnHandTarget> ordered = targets.stream().sorted(Comparator.comparing(OnHandTarget::key)).toList();
        Map<StockKey, OnHandResult> results = new HashMap<>();
        for (OnHandResult result : stock.setOnHand(ordered)) {
            results.put(result.target().key(), result);
        }
        return targets.stream().map(t -> results.get(t.key())).toList();
    }

    /** Empty when fewer than {@code quantity} units are available (or the row is missing); then nothing changed. */
    public Optional<StockLevel> allocate(StockKey key, int quantity) {
        return stock.allocate(key, quantity, 0);
    }

    /** As {@link #allocate(StockKey, int)}, {@code fromReservation} units already drawn from the channel's reservation. */
    public Optional<StockLevel> allocate(StockKey key, int quantity, int fromReservation) {
        return stock.allocate(key, quantity, fromReservation);
    }

    public StockLevel release(StockKey key, int quantity) {
        return stock.release(key, quantity, 0, ReleaseEffect.RELEASE);
    }

    public StockLevel release(StockKey key, int quantity, int toReservation, ReleaseEffect effect) {
        return stock.release(key, quantity, toReservation, effect);
    }

    public StockLevel allocateArrived(StockKey key, int quantity) {
        return stock.allocateArrived(key, quantity);
    }

    public StockLevel removeAllocated(StockKey key, int quantity) {
        return stock.removeAllocated(key, quantity);
    }

    public StockLevel restock(StockKey key, int quantity) {
        return stock.restock(key, quantity);
    }

    public Optional<StockLevel> reserve(StockKey key, int delta) {
        return stock.reserve(key, delta);
    }

    public StockLevel touch(StockKey key) {
        return stock.touch(key);
    }

    public StockLevel markNonPhysical(StockKey key, boolean pooled, boolean unlimited) {
        return stock.markNonPhysical(key, pooled, unlimited);
    }

    public Optional<StockLevel> find(StockKey key) {
        return stock.find(key);
    }

    /** Units that can still be promised, as this transaction sees them (0 without a row). */
    public int available(StockKey key) {
        return stock.find(key).map(StockLevel::available).orElse(0);
    }
}
