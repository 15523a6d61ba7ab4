package com.omnidom.returns.returnorder.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.omnidom.returns.returnorder.domain.ReturnChannel;
import com.omnidom.returns.returnorder.domain.ReturnReason;
import com.omnidom.returns.returnorder.domain.ReturnSnapshot;
import com.omnidom.returns.returnorder.domain.ReturnStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A return order; amounts are decimal strings in {@code currency}, {@code refundAmount} null until received. */
record ReturnResponse(UUID returnId, UUID orderId, ReturnChannel channel, String locationId, ReturnStatus status,
                      List<Line> lines,
                      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal refundAmount,
                      String currency,
                      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal refundedAmount,
                      Instant createdAt, Instant receivedAt, Instant refundedAt, Instant cancelledAt) {

    /** @param receivedQuantity null until received; @param resellable the inspection, null until received */
    record Line(String lineId, String sku, int quantity, ReturnReason reason,
                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unitPrice,
                Integer receivedQuantity, Boolean resellable) {
    }

    static ReturnResponse of(ReturnSnapshot r) {
        return new ReturnResponse(r.id().value(), r.orderId().value(), r.channel(), r.locationId(), r.status(),
                r.lines().stream().map(l -> new Line(l.lineId(), l.sku(), l.quantity(), l.reason(), l.unitPrice(),
                        l.receivedQuantity(), l.resellable())).toList(),
                r.refundAmount(), r.currency(), r.refundedAmount(), r.createdAt(), r.receivedAt(), r.refundedAt(),
                r.cancelledAt());
    }
}
