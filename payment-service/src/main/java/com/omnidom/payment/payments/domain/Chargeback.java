package com.omnidom.payment.payments.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A cardholder's dispute of a card capture, as the PSP reported it: one case per dispute. Finance accepts it (the
 * money is lost) or contests it with evidence; the PSP's decision (won, lost) closes it. Each step is allowed once,
 * from the states named below; anything else is a {@link Refused} (409).
 */
@Entity
@Table(name = "chargeback")
public class Chargeback {

    public enum State { OPEN, ACCEPTED, CONTESTED, WON, LOST }

    /** A step the case's state does not allow. */
    public static class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    @Id
    private UUID chargebackId;

    private String disputeId;

    private UUID orderId;

    private String tenderId;

    private String pspReference;

    private String currency;

    private BigDecimal amount;

    private String reason;

    @Enumerated(EnumType.STRING)
    private State state;

    private String evidence;

    /** When the PSP took the evidence; null until then. */
    private Instant evidenceSubmittedAt;

    private String decidedBy;

    private Instant openedAt;

    private Instant decidedAt;

    private Instant resolvedAt;

    @Version
    private long version;

    protected Chargeback() {
        // for JPA
    }

    public static Chargeback open(String disputeId, OrderId orderId, String tenderId, String pspReference, String currency,
                                  BigDecimal amount, String reason, Instant now) {
        Chargeback chargeback = new Chargeback();
        chargeback.chargebackId = UUID.randomUUID();
        chargeback.disputeId = disputeId;
        chargeback.orderId = orderId.value();
        chargeback.tenderId = tenderId;
        chargeback.pspReference = pspReference;
        chargeback.currency = currency;
        chargeback.amount = amount;
        chargeback.reason = reason;
        chargeback.state = State.OPEN;
        chargeback.openedAt = now;
        return chargeback;
    }

    /** Finance gives the money up. */
    public void accept(String by, Instant now) {
        require(State.OPEN, "accepted");
        state = State.ACCEPTED;
        decidedBy = by;
        decidedAt = now;
    }

    /** Finance fights it; the evidence goes to the PSP. */
    public void contest(String evidence, String by, Instant now) {
        require(State.OPEN, "contested");
        state = State.CONTESTED;
        this.evidence = evidence;
        decidedBy = by;
        decidedAt = now;
    }

    /**
     * The PSP's decision, for an open or contested case.
     *
     * @return false when the case was closed already (accepted, or the same decision sent again): nothing to do
     */
    public boolean resolve(boolean won, Instant now) {
        if (state != State.OPEN && state != State.CONTESTED) return false;
        state = won ? State.WON : State.LOST;
        resolvedAt = now;
        return true;
    }

    private void require(State expected, String step) {
        if (state != expected) {
            throw new Refused("chargeback " + chargebackId + " is " + state + ": only an " + expected + " one can be " + step);
        }
    }

    public UUID chargebackId() {
        return chargebackId;
    }

    public String disputeId() {
        return disputeId;
    }

    public OrderId orderId() {
        return new OrderId(orderId);
    }

    public String tenderId() {
        return tenderId;
    }

    public String pspReference() {
        return pspReference;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String reason() {
        return reason;
    }

    public State state() {
        return state;
    }

    public String evidence() {
        return evidence;
    }

    /** The PSP has the evidence. */
    public void evidenceSubmitted(Instant at) {
        evidenceSubmittedAt = at;
    }

    public Instant evidenceSubmittedAt() {
        return evidenceSubmittedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }
}
