package com.omnidom.inventory.stock.application;

import com.omnidom.inventory.stock.domain.LocationId;
import com.omnidom.inventory.stock.domain.Sku;
import com.omnidom.inventory.stock.domain.StockKey;
import com.omnidom.platform.inbox.Inbox;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Puts resellable returned units back on hand at the location that received them. */
@Service
public class RestockReturns {

    public static final String CONSUMER = "inventory-service";

    private final Inbox inbox;
    private final StockLedger ledger;

    public RestockReturns(Inbox inbox, StockLedger ledger) {
        this.inbox = inbox;
        this.ledger = ledger;
    }

    /**
     * Adds the units once per event, creating missing rows.
     *
     * @return false when the event had been applied before
     */
    public boolean noteReturnReceived(UUID eventId, LocationId location, List<ReturnedUnits> units) {
        // one change per article, in lock order
        Map<Sku, Integer> perSku = new TreeMap<>();
        units.forEach(u -> perSku.merge(u.sku(), u.quantity(), Math::addExact));
        return inbox.process(CONSUMER, eventId,
                () -> perSku.forEach((sku, quantity) -> ledger.restock(new StockKey(sku, location), quantity)));
    }
}
