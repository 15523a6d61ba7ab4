package com.omnidom.events.payment;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The cardholder's bank decided a dispute: WON (the money came back to the clearing account) or LOST (written off as a chargeback loss). */
public record ChargebackResolved(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID chargebackId,
        String disputeId,
        String outcome,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) implements ContractEvent {

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
