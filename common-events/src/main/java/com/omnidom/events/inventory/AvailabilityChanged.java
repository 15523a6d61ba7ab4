package com.omnidom.events.inventory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * The stock of one article at one location now; the latest per key on the compacted
 * {@code inventory.availability.v1} topic is the current state (key {@code sku@locationId}).
 *
 * @param available what can still be promised: on hand minus allocated (never negative)
 * @param version   increases with every change of this article at this location
 */
public record AvailabilityChanged(
        UUID eventId,
        Instant occurredAt,
        String sku,
        String locationId,
        int onHand,
        int allocated,
        int available,
        long version) implements ContractEvent {

    public static String key(String sku, String locationId) {
        return sku + "@" + locationId;
    }

    @Override
    @JsonIgnore
    public String subject() {
        return key(sku, locationId);
    }
}
