package com.omnidom.notification.message.application;

import com.omnidom.kernel.Money;

import java.util.UUID;

/** Money went back to the customer; {@code returnId} may be null for a refund without a return. */
public record Refund(UUID orderId, UUID returnId, UUID eventId, Money amount) {

    /** One message per return; a refund without one is told once per event. */
    public String reference() {
        return returnId != null ? returnId.toString() : "event:" + eventId;
    }
}
