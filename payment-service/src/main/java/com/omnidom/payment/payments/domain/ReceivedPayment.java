package com.omnidom.payment.payments.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A transfer applied to an invoice paid on account: entered by finance or taken from a bank statement entry. */
@Entity
@Table(name = "receivable_payment")
public class ReceivedPayment {

    public enum Source { REST, BANK_STATEMENT }

    @Id
    private UUID paymentId;

    private String invoiceNumber;

    private UUID orderId;

    private String currency;

    private BigDecimal amount;

    private LocalDate valueDate;

    private String source;

    private String reference;

    private String receivedBy;

    private Instant receivedAt;

    protected ReceivedPayment() {
        // for JPA
    }

    public static ReceivedPayment of(Receivable receivable, BigDecimal amount, LocalDate valueDate, Source source,
                                     String reference, String receivedBy, Instant now) {
        ReceivedPayment payment = new ReceivedPayment();
        payment.paymentId = UUID.randomUUID();
        payment.invoiceNumber = receivable.invoiceNumber();
        payment.orderId = receivable.orderId().value();
        payment.currency = receivable.currency();
        payment.amount = amount;
        payment.valueDate = valueDate;
        payment.source = source.name();
        payment.reference = reference;
        payment.receivedBy = receivedBy;
        payment.receivedAt = now;
        return payment;
    }

    public UUID paymentId() {
        return paymentId;
    }

    public String invoiceNumber() {
        return invoiceNumber;
    }

    public UUID orderId() {
        return orderId;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal amount() {
        return amount;
    }

    public LocalDate valueDate() {
        return valueDate;
    }

    public String source() {
        return source;
    }

    public String reference() {
        return reference;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
