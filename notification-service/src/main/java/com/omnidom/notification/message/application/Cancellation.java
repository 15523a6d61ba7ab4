package com.omnidom.notification.message.application;

import com.omnidom.notification.contact.domain.ContactLine;

import java.util.List;
import java.util.UUID;

/** Units of an order were cancelled; {@code eventId} names the cancellation (one message each). */
public record Cancellation(UUID orderId, UUID eventId, List<ContactLine> lines) {

    public String reference() {
        return "event:" + eventId;
    }
}
