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

/** The money taken for one fulfilment order's shipment or pickup; at most one per fulfilment (unique in the table). */
@Entity
@Table(name = "capture")
public class Capture {

    @Id
    private UUID captureId;

    private UUID orderId;

    private UUID fulfillmentId;

    private String currency;

    private BigDecimal amount;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<TenderPayment> parts;

    private Instant capturedAt;

    protected Capture() {
        // for JPA
    }

    public static Capture of(OrderId orderId, UUID fulfillmentId, String currency, BigDecimal amount,
                             List<TenderPayment> parts, Instant now) {
        Capture capture = new Capture();
        capture.captureId = UUID.randomUUID();
        capture.orderId = orderId.value();
        capture.fulfillmentId = fulfillmentId;
        capture.currency = currency;
        capture.amount = amount;
        capture.parts = List.copyOf(parts);
        capture.capturedAt = now;
        return capture;
    }

    public UUID captureId() {
        return captureId;
    }

    public UUID orderId() {
        return orderId;
    }

    public UUID fulfillmentId() {
        return fulfillmentId;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal amount() {
        return amount;
    }

    public List<TenderPayment> parts() {
        return parts;
    }

    public Instant capturedAt() {
        return capturedAt;
    }
}
