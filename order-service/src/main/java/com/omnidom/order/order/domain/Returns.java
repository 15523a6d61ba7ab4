package com.omnidom.order.order.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The order's returns as far as it knows them. The goods (returns-service) and the refund (payment-service) arrive on
 * different topics in either order; the returned units are counted as refunded once both are known, and only once.
 */
record Returns(List<ReturnRecord> records) {

    /** The returns after a fact, and the returned units to count as refunded now (empty when none). */
    record Step(Returns returns, List<LineQuantity> refundedNow) {
    }

    Returns {
        records = List.copyOf(records);
    }

    Step receive(UUID returnId, String locationId, List<LineQuantity> lines) {
        ReturnRecord known = find(returnId);
        if (known != null && known.lines() != null) throw new ImpossibleProgress("return " + returnId + " was received before");
        boolean refundedBefore = known != null && known.refundAmount() != null;
        Returns next = put(new ReturnRecord(returnId, locationId, lines, known == null ? null : known.refundAmount(),
                refundedBefore));
        return new Step(next, refundedBefore ? lines : List.of());
    }

    Step refund(UUID returnId, BigDecimal amount) {
        ReturnRecord known = find(returnId);
        List<LineQuantity> returned = known == null ? null : known.lines();
        boolean countNow = returned != null && !known.linesRefunded();
        BigDecimal before = known == null || known.refundAmount() == null ? BigDecimal.ZERO : known.refundAmount();
        Returns next = put(new ReturnRecord(returnId, known == null ? null : known.locationId(), returned,
                before.add(amount), countNow || (known != null && known.linesRefunded())));
        return new Step(next, countNow ? returned : List.of());
    }

    private ReturnRecord find(UUID returnId) {
        return records.stream().filter(r -> r.returnId().equals(returnId)).findFirst().orElse(null);
    }

    private Returns put(ReturnRecord record) {
        List<ReturnRecord> next = new ArrayList<>(records);
        next.removeIf(r -> r.returnId().equals(record.returnId()));
        next.add(record);
        return new Returns(next);
    }
}
