package com.omnidom.payment.payments.domain;

import com.omnidom.kernel.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A capture, release or refund booked on the payment whose card parts still have to be done at the PSP. Recorded
 * with the booking (and the triggering event's inbox row) before the PSP is called; the call runs outside any
 * transaction, and its outcome is recorded later: {@code DONE} with the PSP's ids, or {@code FAILED} when the PSP
 * refused (the booking is then taken back). At most one per shipment, cancellation or return (unique in the table),
 * so every call for it sends the same {@code Idempotency-Key}s.
 */
@Entity
@Table(name = "psp_intent")
public class PspIntent {

    public enum Kind { CAPTURE, RELEASE, REFUND }

    public enum State { PENDING, DONE, FAILED }

    /** One card part: what the PSP is asked for, and the key every attempt sends. */
    public record Part(String tenderId, TenderType type, BigDecimal amount, String authorization, String idempotencyKey) {
    }

    @Id
    private UUID intentId;

    private UUID orderId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private UUID subjectId;

    private String currency;

    private BigDecimal amount;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<LineQuantity> items;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Part> parts;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Invoicing.InvoiceLine> invoiceLines;

    private String reason;

    private LocalDate taxPoint;

    @Enumerated(EnumType.STRING)
    private State state;

    private int attempts;

    private String lastError;

    private Instant createdAt;

    private Instant nextAttemptAt;

    private Instant finishedAt;

    protected PspIntent() {
        // for JPA
    }

    /**
     * An intent for the tenders of {@code allocation} (all of them, those booked here too, so the outcome can be
     * recorded from the intent alone); card parts get the key {@code <subjectId>:<tenderId>}.
     */
    public static PspIntent of(Kind kind, Payment payment, UUID subjectId, List<LineQuantity> items,
                               List<TenderAllocation.Part> allocation, List<Invoicing.InvoiceLine> invoiceLines,
                               String reason, Instant now, Duration grace) {
        PspIntent intent = new PspIntent();
        intent.intentId = UUID.randomUUID();
        intent.orderId = payment.orderId().value();
        intent.kind = kind;
        intent.subjectId = subjectId;
        intent.currency = payment.currency();
        intent.amount = allocation.stream().map(TenderAllocation.Part::amount).reduce(Money::plus).orElseThrow().amount();
        intent.items = List.copyOf(items);
        intent.parts = allocation.stream().map(p -> new Part(p.tenderId(), p.type(), p.amount().amount(),
                p.type().viaPsp() ? payment.tender(p.tenderId()).reference() : null,
                p.type().viaPsp() ? subjectId + ":" + p.tenderId() : null)).toList();
        intent.invoiceLines = invoiceLines == null ? null : List.copyOf(invoiceLines);
        intent.reason = reason;
        intent.state = State.PENDING;
        intent.createdAt = now;
        intent.nextAttemptAt = now.plus(grace);
        return intent;
    }

    /** The parts with the PSP's id for each card part ({@code references} by tender id); null for the others. */
    public List<TenderPayment> payments(Map<String, String> references) {
        return parts.stream().map(p -> new TenderPayment(p.tenderId(), p.type(), p.amount(),
                p.type().viaPsp() ? references.get(p.tenderId()) : null)).toList();
    }

    /** The parts as planned, to take the booking back. */
    public List<TenderAllocation.Part> allocation() {
        Currency money = Currency.getInstance(currency);
        return parts.stream().map(p -> new TenderAllocation.Part(p.tenderId(), p.type(), Money.of(p.amount(), money)))
                .toList();
    }

    /** A capture's tax point (the day its rates are taken for), for the invoice recorded once the PSP answered. */
    public PspIntent withTaxPoint(LocalDate day) {
        this.taxPoint = day;
        return this;
    }

    public LocalDate taxPoint() {
        return taxPoint;
    }

    public List<Part> pspParts() {
        return parts.stream().filter(p -> p.type().viaPsp()).toList();
    }

    public void done(Instant now) {
        state = State.DONE;
        finishedAt = now;
        lastError = null;
    }

    public void failed(String error, Instant now) {
        state = State.FAILED;
        finishedAt = now;
        lastError = error;
    }

    public boolean pending() {
        return state == State.PENDING;
    }

    public UUID intentId() {
        return intentId;
    }

    public OrderId orderId() {
        return new OrderId(orderId);
    }

    public Kind kind() {
        return kind;
    }

    public UUID subjectId() {
        return subjectId;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal amount() {
        return amount;
    }

    public List<LineQuantity> items() {
        return items;
    }

    public List<Invoicing.InvoiceLine> invoiceLines() {
        return invoiceLines;
    }

    public String reason() {
        return reason;
    }

    public State state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
