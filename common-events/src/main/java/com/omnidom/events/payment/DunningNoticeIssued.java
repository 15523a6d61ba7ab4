package com.omnidom.events.payment;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An invoice paid on account is overdue and the customer is reminded: a dunning level was reached on the schedule.
 *
 * @param level      1 for the first reminder, 2 for the second, …
 * @param openAmount what is open on the invoice, its fees included
 * @param fee        the fee this level added (zero when none)
 * @param payBy      the new date by which the open amount is to be paid
 */
public record DunningNoticeIssued(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        String invoiceNumber,
        int level,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal openAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fee,
        LocalDate payBy) implements ContractEvent {

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
