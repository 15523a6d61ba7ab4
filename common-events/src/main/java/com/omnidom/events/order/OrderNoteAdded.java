package com.omnidom.events.order;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;

import java.time.Instant;
import java.util.UUID;

/** Someone added a free-text note to the order (for people: service staff, the location). */
public record OrderNoteAdded(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        String text,
        String author) implements ContractEvent {

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
