package com.omnidom.returns.returnorder.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/** One line of a return order: requested units, and once received, what arrived and its inspection. */
@Embeddable
class ReturnOrderLine {

    private String lineId;

    private String sku;

    private int quantity;

    @Enumerated(EnumType.STRING)
    private ReturnReason reason;

    private BigDecimal unitPrice;

    private Integer receivedQuantity;

    private Boolean resellable;

    protected ReturnOrderLine() {
        // for JPA
    }

    ReturnOrderLine(RequestedLine requested) {
        this.lineId = requested.lineId();
        this.sku = requested.sku();
        this.quantity = requested.quantity();
        this.reason = requested.reason();
        this.unitPrice = requested.unitPrice();
    }

    String lineId() {
        return lineId;
    }

    int quantity() {
        return quantity;
    }

    int receivedQuantity() {
        return receivedQuantity == null ? 0 : receivedQuantity;
    }

    /** Records what arrived; {@code inspection} null means none of it did. */
    void receive(Inspection inspection) {
        receivedQuantity = inspection == null ? 0 : inspection.quantity();
        resellable = inspection == null ? null : inspection.resellable();
    }

    BigDecimal refund() {
        return unitPrice.multiply(BigDecimal.valueOf(receivedQuantity()));
    }

    ReturnedLine snapshot() {
        return new ReturnedLine(lineId, sku, quantity, reason, unitPrice, receivedQuantity, resellable);
    }
}
