package com.omnidom.events.payment;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Finance accepted a chargeback: the money is lost and written off (the receivable is closed against the chargeback loss account). */
public record ChargebackAccepted(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID chargebackId,
        String disputeId,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String acceptedBy) implements ContractEvent {

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
