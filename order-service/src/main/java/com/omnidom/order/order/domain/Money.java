package com.omnidom.order.order.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Amounts in the order's currency: never more decimals than the currency has (EUR 2, JPY 0, KWD 3). */
public final class Money {

    private Money() {
    }

    /** The ISO 4217 currency with a fixed number of decimals, or null when the code is not one. */
    public static Currency currency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) return null;
        try {
            Currency currency = Currency.getInstance(code);
            return currency.getDefaultFractionDigits() < 0 ? null : currency;
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    public static boolean fits(BigDecimal amount, Currency currency) {
        return amount.stripTrailingZeros().scale() <= currency.getDefaultFractionDigits();
    }

    /** The amount with exactly the currency's decimals, so equal amounts look equal (10 and 10.00). */
    public static BigDecimal scaled(BigDecimal amount, Currency currency) {
        return amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
    }

    public static BigDecimal scaled(BigDecimal amount, String currency) {
        return scaled(amount, Currency.getInstance(currency));
    }
}
