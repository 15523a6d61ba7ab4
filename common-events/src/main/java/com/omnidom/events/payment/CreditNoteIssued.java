package com.omnidom.events.payment;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.ContractLists;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A credit note for the units of one return, at the tax rates of the invoices that billed them: net + tax = gross.
 *
 * @param invoiceNumbers the invoices whose units it credits (at least one)
 */
public record CreditNoteIssued(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID creditNoteId,
        String creditNoteNumber,
        UUID returnId,
        List<String> invoiceNumbers,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal net,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal tax,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal gross) implements ContractEvent {

    public CreditNoteIssued {
        invoiceNumbers = ContractLists.of(invoiceNumbers);
    }

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
