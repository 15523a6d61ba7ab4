package com.omnidom.events.payment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;

import java.time.Instant;
import java.util.UUID;

/** Finance contested a chargeback with evidence; the PSP's decision (ChargebackResolved) follows. */
public record ChargebackContested(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID chargebackId,
        String disputeId,
        String contestedBy) implements ContractEvent {

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
