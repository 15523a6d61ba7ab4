package com.omnidom.payment.payments.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The credit note of one refunded return: the returned units at the rates of the invoices that billed them (each line
 * names its invoice), the tax per rate; net + tax = gross (CHECK in the table). Amounts are positive: it is a credit.
 */
@Entity
@Table(name = "credit_note")
public class CreditNote extends TaxDocument {

    @Id
    private UUID creditNoteId;

    private String creditNoteNumber;

    private UUID returnId;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> invoiceNumbers;

    protected CreditNote() {
        // for JPA
    }

    /** @param lines from {@link Crediting#lines}, each with the number of the invoice it corrects */
    public static CreditNote issue(String number, String company, String country, OrderId orderId, UUID returnId,
                                   String currency, List<Invoicing.InvoiceLine> lines, Instant now) {
        CreditNote note = new CreditNote();
        note.setContent(company, country, orderId, currency, lines, now);
        note.creditNoteId = UUID.randomUUID();
        note.creditNoteNumber = number;
        note.returnId = returnId;
        note.invoiceNumbers = lines.stream().map(Invoicing.InvoiceLine::invoiceNumber).distinct().toList();
        return note;
    }

    public UUID creditNoteId() {
        return creditNoteId;
    }

    public String creditNoteNumber() {
        return creditNoteNumber;
    }

    public UUID returnId() {
        return returnId;
    }

    public List<String> invoiceNumbers() {
        return invoiceNumbers;
    }
}
