package com.omnidom.returns.sale.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.omnidom.returns.sale.domain.SoldLine;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** An order's lines with what went out and what may still come back. */
record ReturnableResponse(UUID orderId, String currency, List<Line> lines) {

    record Line(String lineId, String sku, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unitPrice,
                int orderedQuantity, int deliveredQuantity, int returnedQuantity, int returnableQuantity) {
    }

    static ReturnableResponse of(UUID orderId, List<SoldLine> lines) {
        return new ReturnableResponse(orderId, lines.getFirst().currency(), lines.stream()
                .map(l -> new Line(l.lineId(), l.sku(), l.unitPrice(), l.orderedQuantity(), l.shippedQuantity(),
                        l.returnedQuantity(), l.returnableQuantity()))
                .toList());
    }
}
