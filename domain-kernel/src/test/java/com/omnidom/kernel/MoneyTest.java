package com.omnidom.kernel;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency BHD = Currency.getInstance("BHD");

    @Test
    void amountsAreHeldAtTheCurrencysMinorUnitScale() {
        assertThat(Money.of("19.9", "EUR").amount()).isEqualByComparingTo("19.90").hasToString("19.90");
        assertThat(Money.of(new BigDecimal("500"), JPY).amount()).hasToString("500");
        assertThat(Money.of("1.5", "BHD").amount()).hasToString("1.500");
        assertThat(Money.of("19.900", "EUR")).isEqualTo(Money.of("19.9", "EUR"));
        assertThat(Money.of("3.00", "JPY").amount()).hasToString("3");
    }

    @Test
    void moreExactDecimalsThanTheCurrencyHasAreRejectedNotRounded() {
        assertThatThrownBy(() -> Money.of("19.999", "EUR"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("19.999").hasMessageContaining("EUR");
        assertThatThrownBy(() -> Money.of("1.5", "JPY")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("abc", "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1", "EURO")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void minorUnitsRoundTrip() {
        assertThat(Money.ofMinor(1999, EUR)).isEqualTo(Money.of("19.99", "EUR"));
        assertThat(Money.ofMinor(500, JPY).amount()).isEqualByComparingTo("500");
        assertThat(Money.ofMinor(-5, EUR).amount()).hasToString("-0.05");
        assertThat(Money.of("12.34", "EUR").minorUnits()).isEqualTo(1234);
        assertThat(Money.of("1.005", "BHD").minorUnits()).isEqualTo(1005);
        assertThat(Money.zero(EUR).amount()).hasToString("0.00");
        assertThat(Money.zero(EUR).isZero()).isTrue();
    }

    @Test
    void arithmeticStaysExact() {
        Money price = Money.of("19.99", "EUR");
        assertThat(price.plus(Money.of("0.01", "EUR"))).isEqualTo(Money.of("20.00", "EUR"));
        assertThat(price.minus(Money.of("20", "EUR"))).isEqualTo(Money.of("-0.01", "EUR"));
        assertThat(price.times(3)).isEqualTo(Money.of("59.97", "EUR"));
        assertThat(price.negate()).isEqualTo(Money.of("-19.99", "EUR"));
        assertThat(price.negate().abs()).isEqualTo(price);
        assertThat(price.isPositive()).isTrue();
        assertThat(price.negate().isNegative()).isTrue();
        assertThat(price.isZero()).isFalse();
    }

    @Test
    void fractionalResultsAreRoundedOnlyAsTold() {
        Money price = Money.of("10.00", "EUR");
        assertThat(price.times(new BigDecimal("0.333"), RoundingMode.HALF_UP)).isEqualTo(Money.of("3.33", "EUR"));
        assertThat(price.times(new BigDecimal("0.3359"), RoundingMode.HALF_UP)).isEqualTo(Money.of("3.36", "EUR"));
        assertThat(price.times(new BigDecimal("0.3359"), RoundingMode.DOWN)).isEqualTo(Money.of("3.35", "EUR"));
        assertThat(Money.of("0.05", "EUR").percent(new BigDecimal("19"), RoundingMode.HALF_EVEN))
                .isEqualTo(Money.of("0.01", "EUR"));
        assertThat(Money.of("19.99", "EUR").percent(new BigDecimal("19"), RoundingMode.HALF_UP))
                .isEqualTo(Money.of("3.80", "EUR"));
        assertThat(Money.of("19.99", "EUR").percent(new BigDecimal("19"), RoundingMode.DOWN))
                .isEqualTo(Money.of("3.79", "EUR"));
        assertThat(Money.of(new BigDecimal("14.985"), EUR, RoundingMode.HALF_UP)).isEqualTo(Money.of("14.99", "EUR"));
        assertThat(Money.of(new BigDecimal("14.985"), EUR, RoundingMode.HALF_EVEN)).isEqualTo(Money.of("14.98", "EUR"));
        assertThatThrownBy(() -> Money.of(new BigDecimal("14.985"), EUR, RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> price.times(new BigDecimal("0.3333"), RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void mixingCurrenciesThrowsCurrencyMismatchNamingBoth() {
        Money eur = Money.of("1", "EUR");
        Money usd = Money.of("1", "USD");
        assertThatThrownBy(() -> eur.plus(usd)).isInstanceOf(CurrencyMismatch.class)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR").hasMessageContaining("USD");
        assertThatThrownBy(() -> eur.minus(usd)).isInstanceOf(CurrencyMismatch.class);
        assertThatThrownBy(() -> eur.compareTo(usd)).isInstanceOf(CurrencyMismatch.class);
        assertThatThrownBy(() -> eur.min(usd)).isInstanceOf(CurrencyMismatch.class);
        assertThatThrownBy(() -> eur.max(usd)).isInstanceOf(CurrencyMismatch.class);
        CurrencyMismatch mismatch = new CurrencyMismatch(EUR, JPY);
        assertThat(mismatch.expected()).isEqualTo(EUR);
        assertThat(mismatch.actual()).isEqualTo(JPY);
    }

    @Test
    void comparesByAmountWithinOneCurrency() {
        Money small = Money.of("1.00", "EUR");
        Money large = Money.of("2", "EUR");
        assertThat(small).isLessThan(large);
        assertThat(small.min(large)).isSameAs(small);
        assertThat(small.max(large)).isSameAs(large);
        assertThat(small.compareTo(Money.of("1", "EUR"))).isZero();
    }

    @Test
    void allocationSplitsByLargestRemainderAndSumsToTheWhole() {
        Money total = Money.of("100.00", "EUR");
        List<Money> thirds = total.allocate(List.of(1, 1, 1));
        assertThat(thirds).containsExactly(Money.of("33.34", "EUR"), Money.of("33.33", "EUR"), Money.of("33.33", "EUR"));

        // 0.05 split 1:1:1: the cent left over goes to the earlier part on a tie
        assertThat(Money.of("0.05", "EUR").allocate(List.of(1, 1, 1)))
                .containsExactly(Money.of("0.02", "EUR"), Money.of("0.02", "EUR"), Money.of("0.01", "EUR"));

        // 0.10 by 0.2 / 0.35 / 0.45 is 2, 3.5 and 4.5 cents: the one cent left goes to the first largest remainder
        List<Money> parts = Money.of("0.10", "EUR").allocate(List.of(new BigDecimal("0.2"), new BigDecimal("0.35"), new BigDecimal("0.45")));
        assertThat(parts.stream().map(Money::minorUnits)).containsExactly(2L, 4L, 4L);

        List<Money> weighted = Money.of("10.00", "EUR").allocate(List.of(19.99, 5.01, 0));
        assertThat(weighted).containsExactly(Money.of("8.00", "EUR"), Money.of("2.00", "EUR"), Money.of("0.00", "EUR"));

        assertThat(Money.ofMinor(1001, JPY).allocate(List.of(2L, 1L, 1L)))
                .containsExactly(Money.ofMinor(501, JPY), Money.ofMinor(250, JPY), Money.ofMinor(250, JPY));
    }

    @Test
    void allocationOfAnyAmountAlwaysSumsExactly() {
        List<Integer> weights = List.of(3, 7, 11, 13, 1);
        for (long cents = -500; cents <= 5000; cents += 37) {
            Money whole = Money.ofMinor(cents, EUR);
            List<Money> parts = whole.allocate(weights);
            assertThat(parts).hasSize(5);
            assertThat(parts.stream().reduce(Money.zero(EUR), Money::plus)).as("parts of %s", whole).isEqualTo(whole);
            for (int i = 0; i < parts.size(); i++) {
                double exact = (double) Math.abs(cents) * weights.get(i) / 35;
                assertThat(Math.abs(parts.get(i).minorUnits())).isBetween((long) Math.floor(exact), (long) Math.floor(exact) + 1);
            }
        }
    }

    @Test
    void allocationNeedsSensibleWeights() {
        Money total = Money.of("1", "EUR");
        assertThatThrownBy(() -> total.allocate(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> total.allocate(List.of(0, 0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> total.allocate(List.of(1, -1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsAmountAndCode() {
        assertThat(Money.of("5", "EUR")).hasToString("5.00 EUR");
    }
}
