package com.omnidom.events.payment;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.ContractLists;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Money for a return went back to the order's tenders. */
public record RefundIssued(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID returnId,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        List<TenderAmount> refunds) implements ContractEvent {

    public RefundIssued {
        refunds = ContractLists.of(refunds);
    }

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
