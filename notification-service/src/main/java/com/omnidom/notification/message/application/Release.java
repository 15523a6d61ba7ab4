package com.omnidom.notification.message.application;

import com.omnidom.kernel.Money;

import java.util.UUID;

/**
 * Money reserved for cancelled items was released (AuthorizationReleased); one message per event. {@code toCard}:
 * part of it was a card authorisation (the bank lifts the hold); {@code toStoredValue}: part went back to a gift card
 * or bonus points (available again at once).
 */
public record Release(UUID orderId, UUID eventId, Money amount, boolean toCard,
                      boolean toStoredValue) {

    public String reference() {
        return "event:" + eventId;
    }
}
