package com.omnidom.events.order;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;

import java.time.Instant;
import java.util.UUID;

/** The order's delivery changed before any of it was assigned; {@code delivery} replaces the one in {@link OrderAccepted}. */
public record DeliveryAddressChanged(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        OrderAccepted.Delivery delivery,
        String changedBy) implements ContractEvent {

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
