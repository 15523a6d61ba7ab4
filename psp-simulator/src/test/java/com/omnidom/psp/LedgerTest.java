package com.omnidom.psp;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerTest {

    private final Ledger ledger = new Ledger(new BigDecimal("100.00"), Clock.systemUTC());

    @Test
    void capturesPartsOfOneAuthorisationUpToItsLimit() {
        ledger.authorize("auth-1", new BigDecimal("50.00"), "EUR");

        ledger.capture("auth-1", new BigDecimal("20.00"), "EUR");
        ledger.capture("auth-1", new BigDecimal("30.00"), "EUR");

        assertThat(ledger.findAuthorization("auth-1").orElseThrow().remaining()).isEqualTo("0.00");
        assertThatThrownBy(() -> ledger.capture("auth-1", new BigDecimal("0.01"), "EUR"))
                .isInstanceOf(PspRefusal.class)
                .satisfies(e -> assertThat(((PspRefusal) e).status()).isEqualTo(422))
                .hasMessageContaining("exceeds the remaining 0.00");
    }

    @Test
    void releasedPartOfAnAuthorisationCanNoLongerBeCapturedNorReleasedTwice() {
        ledger.authorize("auth-rel", new BigDecimal("40.00"), "EUR");
        ledger.capture("auth-rel", new BigDecimal("25.00"), "EUR");

        Ledger.ReleaseView release = ledger.release("auth-rel", new BigDecimal("10.00"), "EUR");

        assertThat(release.id()).startsWith("rel_");
        assertThat(release.status()).isEqualTo("RELEASED");
        Ledger.AuthorizationView authorization = ledger.findAuthorization("auth-rel").orElseThrow();
        assertThat(authorization.released()).isEqualTo("10.00");
        assertThat(authorization.remaining()).isEqualTo("5.00");
        assertThatThrownBy(() -> ledger.capture("auth-rel", new BigDecimal("5.01"), "EUR")).isInstanceOf(PspRefusal.class);
        assertThatThrownBy(() -> ledger.release("auth-rel", new BigDecimal("5.01"), "EUR"))
                .isInstanceOf(PspRefusal.class).hasMessageContaining("exceeds the remaining 5.00");
        assertThat(ledger.findRelease(release.id())).contains(release);
    }

    @Test
    void createsAnUnknownAuthorisationWithTheDefaultLimitOnFirstCapture() {
        ledger.capture("auth-new", new BigDecimal("99.99"), "EUR");

        assertThat(ledger.findAuthorization("auth-new").orElseThrow().remaining()).isEqualTo("0.01");
    }

    @Test
    void refusedCaptureOfAnUnknownAuthorisationLeavesNoAuthorisationBehind() {
        assertThatThrownBy(() -> ledger.capture("auth-big", new BigDecimal("100.01"), "EUR")).isInstanceOf(PspRefusal.class);

        assertThat(ledger.findAuthorization("auth-big")).isEmpty();
    }

    @Test
    void refundsNeverMoreThanCaptured() {
        Ledger.CaptureView capture = ledger.capture("auth-2", new BigDecimal("10.00"), "EUR");
        ledger.capture("auth-2", new BigDecimal("5.00"), "EUR");

        ledger.refundCapture(capture.id(), new BigDecimal("4.00"), "EUR");
        ledger.refundAuthorization("auth-2", new BigDecimal("11.00"), "EUR");

        assertThat(ledger.findCapture(capture.id()).orElseThrow().refunded()).isEqualTo("10.00");
        assertThat(ledger.findAuthorization("auth-2").orElseThrow().refunded()).isEqualTo("15.00");
        assertThatThrownBy(() -> ledger.refundAuthorization("auth-2", new BigDecimal("0.01"), "EUR"))
                .isInstanceOf(PspRefusal.class).hasMessageContaining("exceeds the refundable 0.00");
    }

    @Test
    void refusesAnotherCurrencyThanTheAuthorisations() {
        ledger.authorize("auth-3", new BigDecimal("10.00"), "EUR");

        assertThatThrownBy(() -> ledger.capture("auth-3", new BigDecimal("1.00"), "USD"))
                .isInstanceOf(PspRefusal.class).hasMessageContaining("is in EUR, not USD");
    }

    @Test
    void sameAuthorisationTwiceIsOneAuthorisationAndAConflictingOneIsRefused() {
        ledger.authorize("auth-4", new BigDecimal("10.00"), "EUR");
        ledger.authorize("auth-4", new BigDecimal("10.0"), "EUR");

        assertThatThrownBy(() -> ledger.authorize("auth-4", new BigDecimal("11.00"), "EUR"))
                .isInstanceOf(PspRefusal.class)
                .satisfies(e -> assertThat(((PspRefusal) e).status()).isEqualTo(409));
    }
}
