package com.omnidom.events.payment;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;

/** The part of a capture or refund taken from one tender of the order; {@code pspReference} identifies it at the PSP. */
public record TenderAmount(String tenderId, String type,
                           @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String pspReference) {
}
