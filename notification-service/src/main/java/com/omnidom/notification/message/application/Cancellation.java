package com.omnidom.notification.message.application;

import com.omnidom.notification.contact.domain.ContactLine;

import java.util.List;
import java.util.UUID;

/**
 * Units of an order were cancelled; {@code eventId} names the cancellation (one message each).
 *
 * @param reason the cancellation's reason: {@value #PICKUP_EXPIRED} for a pickup nobody collected, which the customer is
 *               told as such
 */
public record Cancellation(UUID orderId, UUID eventId, List<ContactLine> lines, String reason) {

    /** The reason order-service gives the cancellation of an expired pickup's units (and only it). */
    public static final String PICKUP_EXPIRED = "PICKUP_EXPIRED";

    public String reference() {
        return "event:" + eventId;
    }

    public boolean ofExpiredPickup() {
        return PICKUP_EXPIRED.equals(reason);
    }
}
