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

/**
 * The credit note of one refunded return: the returned units at the rates of the invoices that billed them (each line
 * names its invoice), the tax per rate; net + tax = gross (CHECK in the table). Amounts are positive: it is a credit.
 */
@Entity
@Table(name = "credit_note")
public class CreditNote {

    @Id
    private UUID creditNoteId;

    private String creditNoteNumber;

    private UUID orderId;

    private UUID returnId;

    private String company;

    private String country;

    private String currency;

    private BigDecimal net;

    private BigDecimal tax;

    private BigDecimal gross;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> invoiceNumbers;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Invoicing.InvoiceLine> lines;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Invoicing.TaxAmount> taxes;

    private Instant issuedAt;

    protected CreditNote() {
        // for JPA
    }

    /** @param lines from {@link Crediting#lines}, each with the number of the invoice it corrects */
    public static CreditNote issue(String number, String company, String country, OrderId orderId, UUID returnId,
                                   String currency, List<Invoicing.InvoiceLine> lines, Instant now) {
        Invoicing.Totals totals = Invoicing.totals(lines, currency);
        CreditNote note = new CreditNote();
        note.creditNoteId = UUID.randomUUID();
        note.creditNoteNumber = number;
        note.orderId = orderId.value();
        note.returnId = returnId;
        note.company = company;
        note.country = country;
        note.currency = currency;
        note.net = totals.net();
        note.tax = totals.tax();
        note.gross = totals.gross();
        note.invoiceNumbers = lines.stream().map(Invoicing.InvoiceLine::invoiceNumber).distinct().toList();
        note.lines = List.copyOf(lines);
        note.taxes = totals.taxes();
        note.issuedAt = now;
        return note;
    }

    public UUID creditNoteId() {
        return creditNoteId;
    }

    public String creditNoteNumber() {
        return creditNoteNumber;
    }

    public UUID orderId() {
        return orderId;
    }

    public UUID returnId() {
        return returnId;
    }

    public String company() {
        return company;
    }

    public String country() {
        return country;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal net() {
        return net;
    }

    public BigDecimal tax() {
        return tax;
    }

    public BigDecimal gross() {
        return gross;
    }

    public List<String> invoiceNumbers() {
        return invoiceNumbers;
    }

    public List<Invoicing.InvoiceLine> lines() {
        return lines;
    }

    public List<Invoicing.TaxAmount> taxes() {
        return taxes;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
