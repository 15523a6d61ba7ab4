package com.omnidom.payment.payments.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

/** One tender of a payment with what it authorised, what was captured from it, released from it (cancelled lines) and refunded to it. */
@Entity
@Table(name = "payment_tender")
public class Tender {

    @Id
    private UUID id;

    private int position;

    private String tenderId;

    @Enumerated(EnumType.STRING)
    private TenderType type;

    private String reference;

    private BigDecimal authorized;

    private BigDecimal captured;

    private BigDecimal refunded;

    private BigDecimal released;

    protected Tender() {
        // for JPA
    }

    Tender(int position, String tenderId, TenderType type, String reference, BigDecimal authorized, BigDecimal zero) {
        this.id = UUID.randomUUID();
        this.position = position;
        this.tenderId = tenderId;
        this.type = type;
        this.reference = reference;
        this.authorized = authorized;
        this.captured = zero;
        this.refunded = zero;
        this.released = zero;
    }

    /** Authorised, not captured and not released: what captures may still take, and cancels may give back. */
    TenderAllocation.Available capturable() {
        return new TenderAllocation.Available(tenderId, type, position, authorized.subtract(captured).subtract(released));
    }

    TenderAllocation.Available refundable() {
        return new TenderAllocation.Available(tenderId, type, position, captured.subtract(refunded));
    }

    void noteCaptured(BigDecimal amount) {
        captured = captured.add(amount);
    }

    void noteRefunded(BigDecimal amount) {
        refunded = refunded.add(amount);
    }

    void noteReleased(BigDecimal amount) {
        released = released.add(amount);
    }

    public int position() {
        return position;
    }

    public String tenderId() {
        return tenderId;
    }

    public TenderType type() {
        return type;
    }

    public String reference() {
        return reference;
    }

    public BigDecimal authorized() {
        return authorized;
    }

    public BigDecimal captured() {
        return captured;
    }

    public BigDecimal refunded() {
        return refunded;
    }

    public BigDecimal released() {
        return released;
    }
}
