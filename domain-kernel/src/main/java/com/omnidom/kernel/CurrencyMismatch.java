package com.omnidom.kernel;

import java.util.Currency;

/** Two amounts in different currencies were combined; money never converts itself. */
public class CurrencyMismatch extends IllegalArgumentException {

    private final transient Currency expected;
    private final transient Currency actual;

    public CurrencyMismatch(Currency expected, Currency actual) {
        super("currency mismatch: " + expected.getCurrencyCode() + " and " + actual.getCurrencyCode());
        this.expected = expected;
        this.actual = actual;
    }

    public Currency expected() {
        return expected;
    }

    public Currency actual() {
        return actual;
    }
}
