package com.omnidom.events.returns;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.ContractLists;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Returned goods arrived at {@code locationId} and were inspected: payment refunds {@code refundAmount},
 * inventory restocks the resellable units there.
 */
public record ReturnReceived(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID returnId,
        String locationId,
        List<ReturnLine> lines,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal refundAmount) implements ContractEvent {

    public ReturnReceived {
        lines = ContractLists.of(lines);
    }

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
