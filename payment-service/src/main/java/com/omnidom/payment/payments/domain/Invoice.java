package com.omnidom.payment.payments.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The invoice of one shipment: its lines at gross prices and the tax per rate ({@link TaxDocument}). Company, country
 * and tax point are null for invoices issued before they were kept.
 */
@Entity
@Table(name = "invoice")
public class Invoice extends TaxDocument {

    @Id
    private UUID invoiceId;

    private String invoiceNumber;

    private UUID fulfillmentId;

    private LocalDate taxPoint;

    private LocalDate dueDate;

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
        Invoice invoice = new Invoice();
        invoice.setContent(company, country, orderId, currency, lines, now);
        invoice.invoiceId = UUID.randomUUID();
        invoice.invoiceNumber = number;
        invoice.taxPoint = taxPoint;
        invoice.fulfillmentId = fulfillmentId;
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

    /** Paid on account: the day it is to be paid by (before it was fixed, never). */
    public Invoice payableBy(LocalDate dueDate) {
        this.dueDate = dueDate;
        return this;
    }

    /** The day an invoice paid on account is due; null when the order's tenders settle it. */
    public LocalDate dueDate() {
        return dueDate;
    }

    public LocalDate taxPoint() {
        return taxPoint;
    }
}
