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

    @Test
    void anAuthorisationOlderThanItsTimeToLiveIsNotCapturedAndAReauthorisationIsANewOne() {
        ledger.authorize("auth-old", new BigDecimal("50.00"), "EUR");
        ledger.capture("auth-old", new BigDecimal("10.00"), "EUR");
        ledger.age("auth-old", Ledger.DEFAULT_AUTHORIZATION_TTL.plusSeconds(1), null);

        assertThat(ledger.findAuthorization("auth-old").orElseThrow().status()).isEqualTo("EXPIRED");
        assertThatThrownBy(() -> ledger.capture("auth-old", new BigDecimal("5.00"), "EUR"))
                .isInstanceOf(PspRefusal.class)
                .satisfies(e -> assertThat(((PspRefusal) e).error()).isEqualTo("authorization_expired"))
                .hasMessageContaining("auth-old expired");
        assertThat(ledger.findAuthorization("auth-old").orElseThrow().captured()).as("nothing moved").isEqualTo("10.00");

        Ledger.AuthorizationView fresh = ledger.reauthorize("auth-old", new BigDecimal("5.00"), "EUR");
        assertThat(fresh.id()).startsWith("auth_");
        assertThat(fresh.status()).isEqualTo("AUTHORIZED");
        assertThat(ledger.capture(fresh.id(), new BigDecimal("5.00"), "EUR").authorization()).isEqualTo(fresh.id());
    }

    @Test
    void aCardThatDeclinesIsNotReauthorised() {
        ledger.authorize("auth-declining", new BigDecimal("50.00"), "EUR");
        ledger.age("auth-declining", Ledger.DEFAULT_AUTHORIZATION_TTL.plusDays(1), true);

        assertThatThrownBy(() -> ledger.reauthorize("auth-declining", new BigDecimal("5.00"), "EUR"))
                .isInstanceOf(PspRefusal.class)
                .satisfies(e -> assertThat(((PspRefusal) e).status()).isEqualTo(402))
                .satisfies(e -> assertThat(((PspRefusal) e).error()).isEqualTo("card_declined"));
        assertThatThrownBy(() -> ledger.reauthorize("auth-unknown", new BigDecimal("5.00"), "EUR"))
                .satisfies(e -> assertThat(((PspRefusal) e).status()).isEqualTo(404));
    }

    @Test
    void aShorterTimeToLiveExpiresSooner() {
        Ledger shortLived = new Ledger(new BigDecimal("100.00"), java.time.Duration.ofMinutes(5), Clock.systemUTC());
        shortLived.authorize("auth-5m", new BigDecimal("10.00"), "EUR");
        shortLived.capture("auth-5m", new BigDecimal("1.00"), "EUR");
        shortLived.age("auth-5m", java.time.Duration.ofMinutes(5), null);

        assertThatThrownBy(() -> shortLived.capture("auth-5m", new BigDecimal("1.00"), "EUR"))
                .satisfies(e -> assertThat(((PspRefusal) e).error()).isEqualTo("authorization_expired"));
        assertThat(PspSimulator.duration("7d")).isEqualTo(java.time.Duration.ofDays(7));
        assertThat(PspSimulator.duration("PT36H")).isEqualTo(java.time.Duration.ofHours(36));
    }
}
