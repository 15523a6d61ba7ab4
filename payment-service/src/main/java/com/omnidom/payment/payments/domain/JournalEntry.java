package com.omnidom.payment.payments.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One balanced journal entry for the debtor (finance) system, posted with the fact it records (invoice, capture,
 * refund, credit note) and never changed (a trigger refuses UPDATE and DELETE): a correction is a new entry.
 */
@Entity
@Table(name = "journal_entry")
@Immutable
public class JournalEntry {

    @Id
    private UUID entryId;

    private long entryNumber;

    private UUID orderId;

    private String company;

    @Enumerated(EnumType.STRING)
    private Journal.Kind kind;

    private UUID sourceId;

    private String document;

    private LocalDate businessDay;

    private String currency;

    private BigDecimal amount;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Journal.Line> lines;

    private Instant postedAt;

    protected JournalEntry() {
        // for JPA
    }

    /** @throws IllegalStateException when the lines do not balance */
    public static JournalEntry post(long number, OrderId orderId, String company, Journal.Kind kind, UUID sourceId,
                                    String document, LocalDate businessDay, String currency, List<Journal.Line> lines,
                                    Instant now) {
        JournalEntry entry = new JournalEntry();
        entry.amount = Journal.requireBalanced(lines);
        entry.entryId = UUID.randomUUID();
        entry.entryNumber = number;
        entry.orderId = orderId.value();
        entry.company = company;
        entry.kind = kind;
        entry.sourceId = sourceId;
        entry.document = document;
        entry.businessDay = businessDay;
        entry.currency = currency;
        entry.lines = List.copyOf(lines);
        entry.postedAt = now;
        return entry;
    }

    public UUID entryId() {
        return entryId;
    }

    public long entryNumber() {
        return entryNumber;
    }

    public UUID orderId() {
        return orderId;
    }

    public String company() {
        return company;
    }

    public Journal.Kind kind() {
        return kind;
    }

    public UUID sourceId() {
        return sourceId;
    }

    /** The invoice or credit note number; null for captures and refunds. */
    public String document() {
        return document;
    }

    public LocalDate businessDay() {
        return businessDay;
    }

    public String currency() {
        return currency;
    }

    /** Σ debits = Σ credits. */
    public BigDecimal amount() {
        return amount;
    }

    public List<Journal.Line> lines() {
        return lines;
    }

    public Instant postedAt() {
        return postedAt;
    }
}
