package com.omnidom.events.payment;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Finance wrote off what was still open on an invoice paid on account: the claim is closed as a loss.
 *
 * @param amount       the amount written off (the invoice's open amount, fees included)
 * @param writtenOffBy who decided it (the token's subject)
 */
public record ReceivableWrittenOff(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        String invoiceNumber,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String reason,
        String writtenOffBy) implements ContractEvent {

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
