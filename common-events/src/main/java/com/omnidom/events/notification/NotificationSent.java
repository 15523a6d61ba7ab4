package com.omnidom.events.notification;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;

import java.time.Instant;
import java.util.UUID;

/** The customer was told something about the order, e.g. an e-mail with the tracking number. */
public record NotificationSent(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID notificationId,
        Kind kind,
        String channel,
        String recipient,
        String language) implements ContractEvent {

    public enum Kind { ORDER_CONFIRMED, SHIPPED, READY_FOR_PICKUP, REFUNDED, ORDER_CANCELLED, DELAYED, AUTHORIZATION_RELEASED }

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
