package com.omnidom.payment.payments.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Money given back for one return; at most one per return (unique in the table). */
@Entity
@Table(name = "refund")
public class Refund {

    @Id
    private UUID refundId;

    private UUID orderId;

    private UUID returnId;

    private String currency;

    private BigDecimal amount;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<TenderPayment> parts;

    private Instant refundedAt;

    protected Refund() {
        // for JPA
    }

    public static Refund of(OrderId orderId, UUID returnId, String currency, BigDecimal amount,
                            List<TenderPayment> parts, Instant now) {
        Refund refund = new Refund();
        refund.refundId = UUID.randomUUID();
        refund.orderId = orderId.value();
        refund.returnId = returnId;
        refund.currency = currency;
        refund.amount = amount;
        refund.parts = List.copyOf(parts);
        refund.refundedAt = now;
        return refund;
    }

    public UUID refundId() {
        return refundId;
    }

    public UUID returnId() {
        return returnId;
    }

    public BigDecimal amount() {
        return amount;
    }

    public List<TenderPayment> parts() {
        return parts;
    }

    public Instant refundedAt() {
        return refundedAt;
    }
}
