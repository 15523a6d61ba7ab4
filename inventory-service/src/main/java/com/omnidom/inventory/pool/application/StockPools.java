package com.omnidom.inventory.pool.application;

import com.omnidom.inventory.pool.domain.IssuableUnit;
import com.omnidom.inventory.pool.domain.IssuableUnits;
import com.omnidom.inventory.stock.application.StockLedger;
import com.omnidom.inventory.stock.domain.StockKey;
import com.omnidom.inventory.stock.domain.StockLevel;
import com.omnidom.platform.web.InvalidRequest;
import com.omnidom.platform.web.StateConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Non-physical articles. A pooled article's on hand is its units (free + allocated); allocation takes the stock row
 * by its usual conditional update and then claims that many units, so each unit goes to exactly one order line.
 * An unlimited article (e.g. an e-gift card printed on demand) has no stock limit: allocation mints fresh codes.
 */
@Service
public class StockPools {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int MAX_UNITS_PER_REQUEST = 10_000;

    private final IssuableUnits units;
    private final StockLedger ledger;
    private final SecureRandom random = new SecureRandom();

    public StockPools(IssuableUnits units, StockLedger ledger) {
        this.units = units;
        this.ledger = ledger;
    }

    public record Filled(StockLevel level, int added, int free) {
    }

    /** Adds codes, keys or slots to the pool of an article at a location; units already there are skipped. */
    @Transactional
    public Filled addUnits(String locationId, String sku, List<IssuableUnit> newUnits) {
        StockKey key = StockKey.of(sku, locationId);
        if (newUnits == null || newUnits.isEmpty()) throw new InvalidRequest("units", "must not be empty");
        if (newUnits.size() > MAX_UNITS_PER_REQUEST) throw new InvalidRequest("units", "at most " + MAX_UNITS_PER_REQUEST + " per request");
        StockLevel level = ledger.markNonPhysical(key, true, false);
        if (level.onHand() > 0 && !level.pooled()) {
            throw new StateConflict(key + " holds physical stock; it cannot become a pool.");
        }
        int added = units.add(key, newUnits);
        if (added > 0) level = ledger.restock(key, added);
        return new Filled(level, added, units.free(key));
    }

    /** Makes an article at a location unlimited (or limited again). */
    @Transactional
    public StockLevel setUnlimited(String locationId, String sku, boolean unlimited) {
        StockKey key = StockKey.of(sku, locationId);
        StockLevel current = ledger.find(key).orElse(null);
        if (current != null && current.pooled()) throw new StateConflict(key + " is a pool of units.");
        return ledger.markNonPhysical(key, false, unlimited);
    }

    /**
     * Hands out {@code quantity} units to a fulfilment line, in the caller's transaction, after the stock row was
     * allocated. Empty list for physical goods; null when the pool had fewer usable units (slots already started).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> issue(StockLevel level, UUID fulfillmentId, String lineId, int quantity, Instant now, Instant notAfter) {
        if (level.unlimited()) {
            List<String> codes = new ArrayList<>(quantity);
            for (int i = 0; i < quantity; i++) codes.add(mint());
            return codes;
        }
        if (!level.pooled()) return List.of();
        List<String> claimed = units.claim(level.key(), fulfillmentId, lineId, quantity, now, notAfter);
        return claimed.size() == quantity ? claimed : null;
    }

    /** A released line's units go back into the pool. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int giveBack(UUID fulfillmentId, String lineId) {
        return units.giveBack(fulfillmentId, lineId);
    }

    private String mint() {
        StringBuilder code = new StringBuilder("GC-");
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) code.append('-');
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
