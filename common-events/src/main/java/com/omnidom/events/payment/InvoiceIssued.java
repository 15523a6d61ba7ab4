package com.omnidom.events.payment;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An invoice for one shipment: net + tax = gross, in the order's currency.
 *
 * @param dueDate the day an order paid on account is to pay it by; null when the order's tenders settle it (card,
 *                gift card, …)
 */
public record InvoiceIssued(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID invoiceId,
        String invoiceNumber,
        UUID fulfillmentId,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal net,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal tax,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal gross,
        LocalDate dueDate) implements ContractEvent {

    /** An invoice settled by the order's tenders: the parameter list before {@code dueDate} was added. */
    public InvoiceIssued(UUID eventId, Instant occurredAt, UUID orderId, UUID invoiceId, String invoiceNumber,
                         UUID fulfillmentId, String currency, BigDecimal net, BigDecimal tax, BigDecimal gross) {
        this(eventId, occurredAt, orderId, invoiceId, invoiceNumber, fulfillmentId, currency, net, tax, gross, null);
    }

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
