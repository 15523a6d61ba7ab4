package com.omnidom.returns.returnorder.application;

import com.omnidom.events.returns.ReturnLine;
import com.omnidom.events.returns.ReturnReceived;
import com.omnidom.returns.returnorder.domain.ReturnSnapshot;

import java.time.Instant;
import java.util.UUID;

/** Translates a received return into its contract event: the units that arrived and the amount to refund. */
final class ReturnEvents {

    private ReturnEvents() {
    }

    static ReturnReceived received(ReturnSnapshot r, Instant occurredAt) {
        return new ReturnReceived(UUID.randomUUID(), occurredAt, r.orderId().value(), r.id().value(), r.locationId(),
                r.lines().stream()
                        .filter(l -> l.receivedQuantity() != null && l.receivedQuantity() > 0)
                        .map(l -> new ReturnLine(l.lineId(), l.sku(), l.receivedQuantity(), Boolean.TRUE.equals(l.resellable())))
                        .toList(),
                r.currency(), r.refundAmount());
    }
}
