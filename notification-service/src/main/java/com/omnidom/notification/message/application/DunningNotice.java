package com.omnidom.notification.message.application;

import com.omnidom.kernel.Money;

import java.time.LocalDate;
import java.util.UUID;

/** An overdue invoice reached a dunning level: the customer is reminded to pay {@code openAmount} by {@code payBy}. */
public record DunningNotice(UUID orderId, String invoiceNumber, int level, Money openAmount, Money fee, LocalDate payBy) {

    /** Once per invoice and level, whatever event ids the notice arrives with. */
    public String reference() {
        return References.of("dunning", invoiceNumber + ":" + level);
    }
}
