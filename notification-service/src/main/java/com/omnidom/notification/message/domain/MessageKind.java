package com.omnidom.notification.message.domain;

import java.util.Locale;

/** What the customer is told. */
public enum MessageKind {
    ORDER_CONFIRMED, SHIPPED, READY_FOR_PICKUP, REFUNDED;

    /** The name of its templates, e.g. {@code ready-for-pickup}. */
    public String templateName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
