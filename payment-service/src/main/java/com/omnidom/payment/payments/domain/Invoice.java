package com.omnidom.payment.payments.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** The invoice of one shipment: its lines at gross prices and the tax per rate; net + tax = gross (CHECK in the table). */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    private UUID invoiceId;

    private String invoiceNumber;

    private UUID orderId;

    private UUID fulfillmentId;

    private String currency;

    private BigDecimal net;

    private BigDecimal tax;

    private BigDecimal gross;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Invoicing.InvoiceLine> lines;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Invoicing.TaxAmount> taxes;

    private Instant issuedAt;

    protected Invoice() {
        // for JPA
    }

    /** @param sequenceNumber the next value of the invoice number sequence; the number reads INV-2026-000001 */
    public static Invoice issue(long sequenceNumber, OrderId orderId, UUID fulfillmentId, String currency,
                                List<Invoicing.InvoiceLine> lines, Instant now) {
        Invoicing.Totals totals = Invoicing.totals(lines, currency);
        Invoice invoice = new Invoice();
        invoice.invoiceId = UUID.randomUUID();
        invoice.invoiceNumber = number(sequenceNumber, now);
        invoice.orderId = orderId.value();
        invoice.fulfillmentId = fulfillmentId;
        invoice.currency = currency;
        invoice.net = totals.net();
        invoice.tax = totals.tax();
        invoice.gross = totals.gross();
        invoice.lines = List.copyOf(lines);
        invoice.taxes = totals.taxes();
        invoice.issuedAt = now;
        return invoice;
    }

    static String number(long sequenceNumber, Instant issuedAt) {
        return "INV-%d-%06d".formatted(issuedAt.atZone(ZoneOffset.UTC).getYear(), sequenceNumber);
    }

    public UUID invoiceId() {
        return invoiceId;
    }

    public String invoiceNumber() {
        return invoiceNumber;
    }

    public UUID fulfillmentId() {
        return fulfillmentId;
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

    public List<Invoicing.TaxAmount> taxes() {
        return taxes;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
