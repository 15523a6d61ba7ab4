package com.omnidom.order.order.domain;

import java.math.BigDecimal;
import java.util.Currency;

/** Currency codes as the channels send them: only ISO 4217 currencies with a fixed number of decimals are taken. */
final class Currencies {

    private Currencies() {
    }

    /** The ISO 4217 currency with a fixed number of decimals, or null when the code is not one. */
    static Currency of(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) return null;
        try {
            Currency currency = Currency.getInstance(code);
            return currency.getDefaultFractionDigits() < 0 ? null : currency;
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** Whether the amount has no more decimals than the currency (EUR 2, JPY 0, KWD 3). */
    static boolean fits(BigDecimal amount, Currency currency) {
        return amount.stripTrailingZeros().scale() <= currency.getDefaultFractionDigits();
    }
}
