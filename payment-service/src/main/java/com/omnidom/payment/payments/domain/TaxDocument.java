package com.omnidom.payment.payments.domain;

import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an invoice and a credit note both are: lines at gross prices of one order, issued by a company in a country,
 * with net, tax and gross in total and per rate (net + tax = gross, CHECK in each table). The stored lines, rates and
 * totals are the document; its PDF is rendered from them on request.
 */
@MappedSuperclass
public abstract class TaxDocument {

    private UUID orderId;

    private String company;

    private String country;

    private String currency;

    private BigDecimal net;

    private BigDecimal tax;

    private BigDecimal gross;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Invoicing.InvoiceLine> lines;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Invoicing.TaxAmount> taxes;

    private Instant issuedAt;

    protected TaxDocument() {
        // for JPA
    }

    /** Sets the common part: the lines and their totals, computed here. */
    protected void setContent(String company, String country, OrderId orderId, String currency,
                         List<Invoicing.InvoiceLine> lines, Instant now) {
        Invoicing.Totals totals = Invoicing.totals(lines, currency);
        this.orderId = orderId.value();
        this.company = company;
        this.country = country;
        this.currency = currency;
        this.net = totals.net();
        this.tax = totals.tax();
        this.gross = totals.gross();
        this.lines = List.copyOf(lines);
        this.taxes = totals.taxes();
        this.issuedAt = now;
    }

    public UUID orderId() {
        return orderId;
    }

    /** The issuing company's id (configuration). */
    public String company() {
        return company;
    }

    /** The country whose tax rules gave the rates. */
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
