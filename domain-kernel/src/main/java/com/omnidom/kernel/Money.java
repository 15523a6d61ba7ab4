package com.omnidom.kernel;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * An amount in one currency, always held at the currency's minor-unit scale (EUR 2 decimals, JPY 0), so equal
 * amounts are equal records. Nothing rounds silently: an amount with more exact decimals than the currency has is
 * rejected, and operations that can produce fractions of a minor unit take a {@link RoundingMode}. Combining two
 * currencies throws {@link CurrencyMismatch}.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int scale = minorDigits(currency);
        try {
            amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException inexact) {
            throw new IllegalArgumentException(amount.toPlainString() + " has more than " + scale + " decimals, as "
                    + currency.getCurrencyCode() + " allows: round explicitly first");
        }
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /** An amount worked out elsewhere (a unit price times a quantity, a net from a gross), rounded to the minor unit as told. */
    public static Money of(BigDecimal amount, Currency currency, RoundingMode rounding) {
        Objects.requireNonNull(amount, "amount");
        return new Money(amount.setScale(minorDigits(currency), rounding), currency);
    }

    /** @throws IllegalArgumentException if the amount is no number or the code no ISO 4217 currency */
    public static Money of(String amount, String currencyCode) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currencyCode, "currencyCode");
        BigDecimal value;
        try {
            value = new BigDecimal(amount);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("not an amount: " + amount);
        }
        return new Money(value, Currency.getInstance(currencyCode));
    }

    /** E.g. {@code ofMinor(1999, EUR)} is EUR 19.99, {@code ofMinor(500, JPY)} is JPY 500. */
    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(BigDecimal.valueOf(minorUnits, minorDigits(currency)), currency);
    }

    public static Money zero(Currency currency) {
        return ofMinor(0, currency);
    }

    /** The currency's decimals; pseudo-currencies without minor units (e.g. XXX) count as 0. */
    public static int minorDigits(Currency currency) {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    public Money plus(Money other) {
        return new Money(amount.add(same(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(same(other).amount), currency);
    }

    public Money times(long quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    public Money times(BigDecimal factor, RoundingMode rounding) {
        return new Money(amount.multiply(factor).setScale(scale(), rounding), currency);
    }

    /** {@code ratePercent} of this amount, e.g. 19 for 19 % tax, rounded to the minor unit as told. */
    public Money percent(BigDecimal ratePercent, RoundingMode rounding) {
        return new Money(amount.multiply(ratePercent).movePointLeft(2).setScale(scale(), rounding), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public Money abs() {
        return amount.signum() < 0 ? negate() : this;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** The amount in minor units (cents); exact, as the amount is always at the minor-unit scale. */
    public long minorUnits() {
        return amount.movePointRight(scale()).longValueExact();
    }

    /**
     * Splits this amount in proportion to {@code weights} by largest remainder: every part is rounded down to the
     * minor unit and the minor units left over go to the parts with the largest remainders (the earlier part on a
     * tie), so the parts always sum exactly to this amount. A negative amount is split as its absolute value, negated.
     *
     * @throws IllegalArgumentException if there are no weights, one is negative or all are zero
     */
    public List<Money> allocate(List<? extends Number> weights) {
        if (weights == null || weights.isEmpty()) throw new IllegalArgumentException("allocate needs weights");
        List<BigDecimal> w = weights.stream().map(n -> new BigDecimal(Objects.requireNonNull(n, "weight").toString())).toList();
        if (w.stream().anyMatch(x -> x.signum() < 0)) throw new IllegalArgumentException("weights must not be negative");
        BigDecimal sum = w.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() == 0) throw new IllegalArgumentException("weights must not all be zero");

        BigInteger total = amount.abs().unscaledValue();
        BigDecimal wholeTotal = new BigDecimal(total);
        List<BigInteger> parts = new ArrayList<>(w.size());
        List<BigDecimal> remainders = new ArrayList<>(w.size());
        BigInteger given = BigInteger.ZERO;
        for (BigDecimal weight : w) {
            BigDecimal exact = wholeTotal.multiply(weight);
            BigInteger floor = exact.divide(sum, 0, RoundingMode.FLOOR).toBigIntegerExact();
            parts.add(floor);
            remainders.add(exact.subtract(sum.multiply(new BigDecimal(floor))));
            given = given.add(floor);
        }
        int left = total.subtract(given).intValueExact();
        Comparator<Integer> byRemainder = Comparator.comparing(remainders::get);
        IntStream.range(0, w.size()).boxed()
                .sorted(byRemainder.reversed().thenComparing(Comparator.naturalOrder()))
                .limit(left)
                .forEach(i -> parts.set(i, parts.get(i).add(BigInteger.ONE)));

        int sign = amount.signum() < 0 ? -1 : 1;
        return parts.stream()
                .map(p -> new Money(new BigDecimal(sign < 0 ? p.negate() : p, scale()), currency))
                .toList();
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(same(other).amount);
    }

    /** E.g. {@code 19.99 EUR}. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private int scale() {
        return amount.scale();
    }

    private Money same(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) throw new CurrencyMismatch(currency, other.currency);
        return other;
    }
}
