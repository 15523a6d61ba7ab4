package com.omnidom.payment.payments.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Amounts in a currency's minor unit (EUR 2 decimals, JPY 0, KWD 3), rounded half up. */
public final class Money {

    private Money() {
    }

    public static int scale(String currency) {
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return digits < 0 ? 2 : digits;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PaymentRuleViolation("unknown currency " + currency);
        }
    }

    public static BigDecimal round(BigDecimal amount, String currency) {
        return amount.setScale(scale(currency), RoundingMode.HALF_UP);
    }

    /** An amount that must already be exact in the currency (no sub-cent amounts from outside). */
    public static BigDecimal exact(BigDecimal amount, String currency, String what) {
        if (amount == null) throw new PaymentRuleViolation(what + " is missing");
        try {
            return amount.setScale(scale(currency), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new PaymentRuleViolation(what + " " + amount.toPlainString() + " has more decimals than " + currency + " allows");
        }
    }
}
