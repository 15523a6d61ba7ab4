package com.omnidom.inventory.stock.application;

import com.omnidom.events.inventory.AvailabilityChanged;
import com.omnidom.inventory.stock.domain.StockLevel;

import java.time.Instant;
import java.util.UUID;

/** A stock row as its contract event: the full state, so the compacted topic's latest record per key is the row. */
final class AvailabilityEvents {

    private AvailabilityEvents() {
    }

    static AvailabilityChanged changed(StockLevel level, Instant occurredAt) {
        return new AvailabilityChanged(UUID.randomUUID(), occurredAt, level.key().sku().value(),
                level.key().locationId().value(), level.onHand(), level.allocated(), level.available(), level.version());
    }
}
