package com.omnidom.payment.payments.domain;

import java.math.BigDecimal;

/** The part of a capture or refund on one tender; {@code pspReference} is the PSP's id, null for tenders booked here. */
public record TenderPayment(String tenderId, TenderType type, BigDecimal amount, String pspReference) {
}
