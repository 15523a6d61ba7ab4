package com.omnidom.events.payment;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.ContractLists;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Money authorised but no longer to be captured (cancelled lines) was given back to the tenders: {@code amount} in total. */
public record AuthorizationReleased(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        List<TenderAmount> releases,
        String reason) implements ContractEvent {

    public AuthorizationReleased {
        releases = ContractLists.of(releases);
    }

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
