package com.omnidom.payment.payments.domain;

import java.math.BigDecimal;

/** A tender as the order brought it: {@code amount} authorised, {@code reference} the PSP authorisation, gift card or account. */
public record TenderSpec(String tenderId, TenderType type, BigDecimal amount, String reference) {
}
