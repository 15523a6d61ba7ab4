package com.omnidom.returns.returnorder.domain;

import com.omnidom.returns.sale.domain.OrderId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A return order's current state, detached from the persistence context. */
public record ReturnSnapshot(ReturnId id, OrderId orderId, ReturnChannel channel, String locationId, ReturnStatus status,
                             List<ReturnedLine> lines, String currency, BigDecimal refundAmount,
                             BigDecimal refundedAmount, Instant createdAt, Instant receivedAt, Instant refundedAt,
                             Instant cancelledAt) {
}
