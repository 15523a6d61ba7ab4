package com.omnidom.order.order.domain;

import java.math.BigDecimal;

/**
 * A means of payment and the amount it covers; {@code reference} is the PSP authorisation, gift card or loyalty account,
 * {@code fingerprint} the PSP's fingerprint of the card or payment token (the same card has the same fingerprint).
 */
public record Tender(String tenderId, TenderType type, BigDecimal amount, String reference, String fingerprint) {

    public Tender(String tenderId, TenderType type, BigDecimal amount, String reference) {
        this(tenderId, type, amount, reference, null);
    }
}
