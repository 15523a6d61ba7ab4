package com.omnidom.inventory.stock.application;

import com.omnidom.inventory.stock.domain.OnHandResult;
import com.omnidom.inventory.stock.domain.OnHandTarget;
import com.omnidom.inventory.stock.domain.StockKey;
import com.omnidom.inventory.stock.domain.StockLevel;
import com.omnidom.inventory.stock.domain.StockLevels;
import com.omnidom.platform.outbox.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * The only way stock rows change: each change appends the row's {@code AvailabilityChanged} in the caller's
 * transaction, right after the write, so the row lock orders a key's events as their transactions commit.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class StockLedger {

    private final StockLevels stock;
    private final Outbox outbox;
    private final Clock clock;

    public StockLedger(StockLevels stock, Outbox outbox, Clock clock) {
        this.stock = stock;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Sets on hand per target (keys unique), writing in lock order; refused and unchanged targets write nothing.
     * Returns one result per target, in the order given.
     */
    public List<OnHandResult> setOnHand(List<OnHandTarget> targets) {
        List<OnHandTarget> ordered = targets.stream().sorted(Comparator.comparing(OnHandTarget::key)).toList();
        Map<StockKey, OnHandResult> results = new HashMap<>();
        for (OnHandResult result : stock.setOnHand(ordered)) {
            if (result.changed()) published(result.level());
            results.put(result.target().key(), result);
        }
        return targets.stream().map(t -> results.get(t.key())).toList();
    }

    /** Empty when fewer than {@code quantity} units are available (or the row is missing); then nothing changed. */
    public Optional<StockLevel> allocate(StockKey key, int quantity) {
        return stock.allocate(key, quantity).map(this::published);
    }

    public StockLevel release(StockKey key, int quantity) {
        return published(stock.release(key, quantity));
    }

    public StockLevel removeAllocated(StockKey key, int quantity) {
        return published(stock.removeAllocated(key, quantity));
    }

    public StockLevel restock(StockKey key, int quantity) {
        return published(stock.restock(key, quantity));
    }

    /** Units that can still be promised, as this transaction sees them (0 without a row). */
    public int available(StockKey key) {
        return stock.find(key).map(StockLevel::available).orElse(0);
    }

    private StockLevel published(StockLevel level) {
        outbox.append(AvailabilityEvents.changed(level, clock.instant()));
        return level;
    }
}
