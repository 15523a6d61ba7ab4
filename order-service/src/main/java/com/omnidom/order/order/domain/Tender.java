package com.omnidom.order.order.domain;

import java.math.BigDecimal;

/** A means of payment and the amount it covers; {@code reference} is the PSP authorisation, gift card or loyalty account. */
public record Tender(String tenderId, TenderType type, BigDecimal amount, String reference) {
}
