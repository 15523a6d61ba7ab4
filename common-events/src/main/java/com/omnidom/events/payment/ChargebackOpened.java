package com.omnidom.events.payment;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A cardholder disputed a card capture: the PSP took the amount back from the merchant's clearing account and the order's receivable is open again, until finance accepts or the dispute is won or lost. */
public record ChargebackOpened(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID chargebackId,
        String disputeId,
        String pspReference,
        String tenderId,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String reason) implements ContractEvent {

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
