package com.omnidom.order.order.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A return as far as the order knows it. The goods (returns-service) and the refund (payment-service) arrive on
 * different topics in either order; once both are known the refunded units are counted per line.
 *
 * @param lines          returned units, null until the return was received
 * @param refundAmount   money refunded for it, null until refunded
 * @param linesRefunded  whether the lines were counted as refunded
 */
public record ReturnRecord(UUID returnId, String locationId, List<LineQuantity> lines, BigDecimal refundAmount,
                           boolean linesRefunded) {

    public ReturnRecord {
        lines = lines == null ? null : List.copyOf(lines);
    }
}
