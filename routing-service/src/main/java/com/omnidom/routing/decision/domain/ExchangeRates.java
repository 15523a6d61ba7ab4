package com.omnidom.routing.decision.domain;

import com.omnidom.kernel.Money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The exchange rates routing converts locations' costs with, as configured ({@code omnidom.routing.exchange-rates}):
 * a pair {@code CHF-EUR: 1.0650} says one CHF is worth 1.0650 EUR; the other direction is its inverse unless
 * configured itself. Nothing else converts: two currencies without a configured rate are never compared.
 */
public final class ExchangeRates {

    public static final ExchangeRates NONE = new ExchangeRates(Map.of());

    private final Map<String, BigDecimal> rates;

    private ExchangeRates(Map<String, BigDecimal> rates) {
        this.rates = Map.copyOf(rates);
    }

    /**
     * @param configured pairs as {@code FROM-TO} (any separator, or none: {@code CHFEUR}) to the worth of one FROM in TO
     * @throws IllegalArgumentException for a key that is no pair of ISO 4217 codes, or a rate that is not positive
     */
    public static ExchangeRates of(Map<String, BigDecimal> configured) {
        Map<String, BigDecimal> rates = new HashMap<>();
        if (configured == null) return NONE;
        configured.forEach((pair, rate) -> {
            String letters = pair.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
            if (letters.length() != 6) throw new IllegalArgumentException("exchange rate " + pair + ": write the pair as FROM-TO, e.g. CHF-EUR");
            Currency from = Currency.getInstance(letters.substring(0, 3));
            Currency to = Currency.getInstance(letters.substring(3));
            if (rate == null || rate.signum() <= 0) throw new IllegalArgumentException("exchange rate " + pair + " must be positive");
            rates.put(key(from, to), rate);
        });
        return new ExchangeRates(rates);
    }

    /** The amount in {@code to}, rounded half up to its minor unit; empty when no rate connects the two currencies. */
    public Optional<Money> convert(Money amount, Currency to) {
        Currency from = amount.currency();
        if (from.equals(to)) return Optional.of(amount);
        BigDecimal rate = rates.get(key(from, to));
        if (rate == null) {
            BigDecimal inverse = rates.get(key(to, from));
            if (inverse == null) return Optional.empty();
            rate = BigDecimal.ONE.divide(inverse, MathContext.DECIMAL64);
        }
        return Optional.of(Money.of(amount.amount().multiply(rate).setScale(Money.minorDigits(to), RoundingMode.HALF_UP), to));
    }

    public boolean converts(Currency from, Currency to) {
        return from.equals(to) || rates.containsKey(key(from, to)) || rates.containsKey(key(to, from));
    }

    private static String key(Currency from, Currency to) {
        return from.getCurrencyCode() + "-" + to.getCurrencyCode();
    }

    @Override
    public String toString() {
        return rates.toString();
    }
}
