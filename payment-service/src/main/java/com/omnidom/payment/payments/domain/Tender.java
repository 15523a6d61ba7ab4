package com.omnidom.payment.payments.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.omnidom.kernel.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
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

    /** What accepted or lost chargebacks took back from this card: given back already, never refunded again. */
    private BigDecimal chargedBack;

    /** The authorisation {@link #reference} replaced when it expired before a capture; null if never re-authorised. */
    private String previousReference;

    private Instant reauthorizedAt;

    protected Tender() {
        // for JPA
    }

    Tender(int position, String tenderId, TenderType type, String reference, Money authorized) {
        BigDecimal zero = Money.zero(authorized.currency()).amount();
        this.id = UUID.randomUUID();
        this.position = position;
        this.tenderId = tenderId;
        this.type = type;
        this.reference = reference;
        this.authorized = authorized.amount();
        this.captured = zero;
        this.refunded = zero;
        this.released = zero;
        this.chargedBack = zero;
    }

    /** Authorised, not captured and not released: what captures may still take, and cancels may give back. */
    TenderAllocation.Available capturable(Currency currency) {
        return new TenderAllocation.Available(tenderId, type, position,
                money(authorized, currency).minus(money(captured, currency)).minus(money(released, currency)));
    }

    TenderAllocation.Available refundable(Currency currency) {
        return new TenderAllocation.Available(tenderId, type, position,
                money(captured, currency).minus(money(refunded, currency)).minus(money(chargedBack, currency)));
    }

    /**
     * A chargeback took {@code amount} back from the card for good: counted as given back, at most what is still
     * refundable (money refunded before the dispute was given back once already).
     */
    void noteChargedBack(Money amount) {
        Money counted = amount.min(refundable(amount.currency()).amount());
        if (counted.isPositive()) chargedBack = money(chargedBack, amount.currency()).plus(counted).amount();
    }

    void noteCaptured(Money amount) {
        captured = money(captured, amount.currency()).plus(amount).amount();
    }

    void noteRefunded(Money amount) {
        refunded = money(refunded, amount.currency()).plus(amount).amount();
    }

    void noteReleased(Money amount) {
        released = money(released, amount.currency()).plus(amount).amount();
    }

    /** The columns hold plain amounts in the payment's currency. */
    private static Money money(BigDecimal amount, Currency currency) {
        return Money.of(amount, currency);
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

    /**
     * The card was re-authorised at the PSP ({@code authorization}) because its authorisation had expired: later
     * captures and refunds go to the new one; the one it replaced is kept.
     */
    public void reauthorized(String authorization, Instant at) {
        if (type != TenderType.CARD) throw new PaymentRuleViolation("only a card is re-authorised, not " + type);
        if (authorization.equals(reference)) return;
        previousReference = reference;
        reference = authorization;
        reauthorizedAt = at;
    }

    public String previousReference() {
        return previousReference;
    }

    public Instant reauthorizedAt() {
        return reauthorizedAt;
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

    public BigDecimal chargedBack() {
        return chargedBack;
    }

    public BigDecimal released() {
        return released;
    }
}
