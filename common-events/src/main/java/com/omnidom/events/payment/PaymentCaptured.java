package com.omnidom.events.payment;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.ContractLists;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The shipped (or picked up) lines of one fulfilment order were paid: {@code amount} taken from the tenders. */
public record PaymentCaptured(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID fulfillmentId,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        List<TenderAmount> captures) implements ContractEvent {

    public PaymentCaptured {
        captures = ContractLists.of(captures);
    }

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
