package com.omnidom.notification.message.application;

import com.omnidom.notification.contact.domain.ContactLine;

import java.util.List;
import java.util.UUID;

/** No location can take these lines now, routing waits (for stock); told once per order and reason. */
public record Delay(UUID orderId, List<ContactLine> lines, String reason) {

    /** The reason as the message's natural key; a long one by its SHA-256, so it fits the column. */
    public String reference() {
        return References.of("reason", reason == null || reason.isBlank() ? "-" : reason.strip());
    }
}
