package com.omnidom.inventory.inbound.application;

import com.omnidom.inventory.inbound.domain.Inbound;
import com.omnidom.inventory.inbound.domain.Inbounds;
import com.omnidom.inventory.stock.application.StockLedger;
import com.omnidom.inventory.stock.domain.InvalidStock;
import com.omnidom.inventory.stock.domain.StockKey;
import com.omnidom.platform.web.InvalidRequest;
import com.omnidom.platform.web.ResourceNotFound;
import com.omnidom.platform.web.StateConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Goods in transit over REST. Each change gives the stock row a new version in the same transaction, so the
 * compacted availability topic carries the new arrivals; a receipt puts its units on hand.
 */
@Service
public class TrackInbound {

    private final Inbounds inbounds;
    private final StockLedger ledger;

    public TrackInbound(Inbounds inbounds, StockLedger ledger) {
        this.inbounds = inbounds;
        this.ledger = ledger;
    }

    public record Outcome(Inbound inbound, boolean created) {
    }

    /** Announces goods in transit under the caller's id, or changes quantity and ETA; the same request again changes nothing. */
    @Transactional
    public Outcome put(UUID id, String sku, String locationId, String sourceType, String source, Integer quantity,
                       Instant expectedAt) {
        StockKey key = StockKey.of(sku, locationId);
        Inbound.SourceType type = Inbound.checkedSourceType(sourceType);
        Inbound.checkedSource(source);
        int units = Inbound.checkedQuantity(quantity, "quantity");
        if (expectedAt == null) throw new InvalidRequest("expectedAt", "is required");
        var existing = inbounds.lock(id);
        if (existing.isEmpty()) {
            inbounds.create(new Inbound(id, key, type, source, units, 0, expectedAt, Inbound.InboundState.OPEN, 0));
            ledger.touch(key);
            return new Outcome(inbounds.find(id).orElseThrow(), true);
        }
        Inbound current = existing.get();
        if (!current.key().equals(key) || current.sourceType() != type || !current.source().equals(source)) {
            throw new StateConflict("Inbound " + id + " is " + current.sourceType() + " " + current.source() + " to "
                    + current.key() + "; sku, locationId and source cannot change.");
        }
        if (current.quantity() == units && current.expectedAt().equals(expectedAt)) return new Outcome(current, false);
        if (current.state() != Inbound.InboundState.OPEN) throw new StateConflict("Inbound " + id + " is " + current.state() + ".");
        if (units < current.received()) {
            throw new StateConflict("Quantity " + units + " is below the " + current.received() + " units received.");
        }
        inbounds.change(id, units, expectedAt);
        ledger.touch(key);
        return new Outcome(inbounds.find(id).orElseThrow(), false);
    }

    /** Nothing more will come: the outstanding units no longer count for promises. */
    @Transactional
    public Inbound cancel(UUID id) {
        Inbound current = inbounds.lock(id).orElseThrow(() -> new ResourceNotFound("No inbound " + id + "."));
        if (current.state() == Inbound.InboundState.CANCELLED) return current;
        if (current.state() != Inbound.InboundState.OPEN) throw new StateConflict("Inbound " + id + " is " + current.state() + ".");
        inbounds.cancel(id);
        ledger.touch(current.key());
        return inbounds.find(id).orElseThrow();
    }

    /**
     * Receives {@code quantity} units under {@code receiptId}: they go on hand at the location. The same receipt
     * again changes nothing; more than outstanding is a 409.
     */
    @Transactional
    public Inbound receive(UUID id, String receiptId, Integer quantity) {
        int units = Inbound.checkedQuantity(quantity, "quantity");
        if (receiptId == null || receiptId.isBlank() || receiptId.length() > 64) {
            throw new InvalidStock("receiptId", "must be 1 to 64 characters");
        }
        Inbound current = inbounds.lock(id).orElseThrow(() -> new ResourceNotFound("No inbound " + id + "."));
        if (!inbounds.recordReceipt(id, receiptId, units)) return current;
        // units promised to orders while in transit arrive first: they become allocated on hand
        int promised = inbounds.settlePromised(id, units);
        if (!inbounds.receive(id, units)) {
            throw new StateConflict("Inbound " + id + " is " + current.state() + " with " + current.outstanding()
                    + " units outstanding; " + units + " cannot be received.");
        }
        ledger.restock(current.key(), units);
        if (promised > 0) ledger.allocateArrived(current.key(), promised);
        return inbounds.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Inbound get(UUID id) {
        return inbounds.find(id).orElseThrow(() -> new ResourceNotFound("No inbound " + id + "."));
    }

    @Transactional(readOnly = true)
    public List<Inbound> find(String sku, String locationId) {
        return inbounds.find(sku == null || sku.isBlank() ? null : sku, locationId == null || locationId.isBlank() ? null : locationId);
    }
}
