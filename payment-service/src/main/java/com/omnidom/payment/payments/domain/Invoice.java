package com.omnidom.payment.payments.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The invoice of one shipment: its lines at gross prices and the tax per rate; net + tax = gross (CHECK in the table).
 * The stored lines, rates and totals are the document; its PDF is rendered from them on request.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    private UUID invoiceId;

    private String invoiceNumber;

    private UUID orderId;

    private UUID fulfillmentId;

    private String company;

    private String country;

    private LocalDate taxPoint;

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

    /**
     * @param number   from the gap-free range of the issuing company, the country and the year (DocumentNumbers)
     * @param country  whose tax rules gave the rates
     * @param taxPoint the day those rules were taken for (day of supply, or of the order)
     */
    public static Invoice issue(String number, String company, String country, LocalDate taxPoint, OrderId orderId,
                                UUID fulfillmentId, String currency, List<Invoicing.InvoiceLine> lines, Instant now) {
        Invoicing.Totals totals = Invoicing.totals(lines, currency);
        Invoice invoice = new Invoice();
        invoice.invoiceId = UUID.randomUUID();
        invoice.invoiceNumber = number;
        invoice.company = company;
        invoice.country = country;
        invoice.taxPoint = taxPoint;
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

    public UUID invoiceId() {
        return invoiceId;
    }

    public String invoiceNumber() {
        return invoiceNumber;
    }

    public UUID fulfillmentId() {
        return fulfillmentId;
    }

    public UUID orderId() {
        return orderId;
    }

    /** Null for invoices issued before companies, countries and tax points were kept. */
    public String company() {
        return company;
    }

    public String country() {
        return country;
    }

    public LocalDate taxPoint() {
        return taxPoint;
    }

    public List<Invoicing.InvoiceLine> lines() {
        return lines;
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
