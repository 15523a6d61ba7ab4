package com.omnidom.notification.message.domain;

import java.util.Locale;

/**
 * What the customer is told (never about a fraud review: a held order is not news for the customer). A pickup nobody
 * collects: PICKUP_REMINDER once while it still waits, PICKUP_EXPIRED (instead of ORDER_CANCELLED) for its cancellation.
 */
public enum MessageKind {
    ORDER_CONFIRMED, SHIPPED, READY_FOR_PICKUP, REFUNDED, ORDER_CANCELLED, DELAYED, AUTHORIZATION_RELEASED, DUNNING_REMINDER,
    PICKUP_REMINDER, PICKUP_EXPIRED;

    /** The name of its templates, e.g. {@code ready-for-pickup}. */
    public String templateName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
