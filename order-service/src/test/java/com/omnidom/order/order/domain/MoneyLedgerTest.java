package com.omnidom.order.order.domain;

import com.omnidom.kernel.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyLedgerTest {

    private final MoneyLedger ledger = MoneyLedger.of(Money.of("30.00", "EUR"));

    @Test
    void capturesRefundsAndReleasesWithinTheirLimits() {
        MoneyLedger next = ledger.capture(eur("20.00")).refund(eur("5.00")).release(eur("10.00"));

        assertThat(next).isEqualTo(new MoneyLedger(eur("30.00"), eur("20.00"), eur("5.00"), eur("10.00")));
        assertThat(ledger.captured().isZero()).isTrue();
    }

    @Test
    void neverCapturesMoreThanTheTotalNorRefundsMoreThanWasCaptured() {
        assertThatThrownBy(() -> ledger.capture(eur("30.01"))).isInstanceOf(ImpossibleProgress.class)
                .hasMessageContaining("30.00 EUR");
        assertThatThrownBy(() -> ledger.capture(eur("10.00")).refund(eur("10.01"))).isInstanceOf(ImpossibleProgress.class);
        assertThatThrownBy(() -> ledger.release(eur("30.01"))).isInstanceOf(ImpossibleProgress.class);
    }

    @Test
    void takesOnlyPositiveAmountsInTheOrdersCurrencyAndItsDecimals() {
        assertThat(ledger.amount("EUR", new BigDecimal("10"))).isEqualTo(eur("10.00"));
        assertThatThrownBy(() -> ledger.amount("USD", BigDecimal.ONE)).isInstanceOf(ImpossibleProgress.class)
                .hasMessageContaining("USD");
        assertThatThrownBy(() -> ledger.amount("EUR", new BigDecimal("0.001"))).isInstanceOf(ImpossibleProgress.class);
        assertThatThrownBy(() -> ledger.amount("EUR", BigDecimal.ZERO)).isInstanceOf(ImpossibleProgress.class);
        assertThatThrownBy(() -> ledger.amount("EUR", null)).isInstanceOf(ImpossibleProgress.class);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
