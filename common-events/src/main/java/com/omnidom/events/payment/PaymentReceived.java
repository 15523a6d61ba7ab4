package com.omnidom.events.payment;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Money arrived for an invoice of an order paid on account (a bank transfer, entered over REST or imported from a
 * bank statement) and was matched to it.
 *
 * @param paymentId  Omnidom's id of the received payment; one event per payment and invoice
 * @param amount     the part of the payment applied to this invoice
 * @param openAmount what is still open on the invoice after it (zero: paid)
 * @param source     REST or BANK_STATEMENT
 * @param reference  the bank's reference of the transfer (camt.053 entry reference or the remittance text)
 */
public record PaymentReceived(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID paymentId,
        String invoiceNumber,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal openAmount,
        String source,
        String reference) implements ContractEvent {

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
