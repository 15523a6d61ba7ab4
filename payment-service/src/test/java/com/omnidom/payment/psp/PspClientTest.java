package com.omnidom.payment.psp;

import com.omnidom.payment.payments.application.PaymentGateway;
import com.omnidom.psp.PspSimulator;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client against the real simulator (in this JVM): timeouts, retries with one key, the circuit breaker. */
class PspClientTest {

    private PspSimulator psp;
    private PspClient client;
    private final MeterRegistry meters = new SimpleMeterRegistry();

    @BeforeEach
    void start() throws Exception {
        psp = PspSimulator.start(PspSimulator.Options.defaults().withPort(0));
        client = clientOf(properties(Duration.ofMillis(500), 3, 4));
    }

    @AfterEach
    void stop() {
        psp.close();
    }

    private PspClient clientOf(PspProperties properties) {
        return PspClient.of(properties, meters);
    }

    private double errors(String kind) {
        var counter = meters.find("omnidom.psp.errors").tags("operation", "capture", "kind", kind).counter();
        return counter == null ? 0 : counter.count();
    }

    private PspProperties properties(Duration readTimeout, int attempts, int minimumCalls) {
        return properties(readTimeout, attempts, minimumCalls, Duration.ofSeconds(10));
    }

    private PspProperties properties(Duration readTimeout, int attempts, int minimumCalls, Duration slowCall) {
        return new PspProperties(URI.create(psp.baseUrl()), Duration.ofMillis(500), readTimeout,
                new PspProperties.Retry(attempts, Duration.ofMillis(10), 2.0),
                new PspProperties.CircuitBreaker(50, 4, minimumCalls, Duration.ofSeconds(30), 1, slowCall, 50));
    }

    @Test
    void retriesUnavailabilityWithTheSameKeyAndCapturesOnce() {
        psp.faults().update(2, null, null, null);

        String first = client.capture("ful-1:card", "auth-1", new BigDecimal("29.98"), "EUR");
        String again = client.capture("ful-1:card", "auth-1", new BigDecimal("29.98"), "EUR");

        assertThat(again).isEqualTo(first);
        assertThat(psp.ledger().findAuthorization("auth-1").orElseThrow().captured()).isEqualTo("29.98");
        assertThat(client.retry().getMetrics().getNumberOfSuccessfulCallsWithRetryAttempt()).isEqualTo(1);
        assertThat(errors("unavailable")).isEqualTo(2);
    }

    @Test
    void releasesPartOfAnAuthorisationOnceThroughALostAnswerWithOneKey() {
        psp.ledger().authorize("auth-r", new BigDecimal("40.68"), "EUR");
        psp.faults().update(null, 1, null, null);

        String id = client.release("cancel-1:card", "auth-r", new BigDecimal("10.70"), "EUR");
        String again = client.release("cancel-1:card", "auth-r", new BigDecimal("10.70"), "EUR");

        assertThat(id).startsWith("rel_").isEqualTo(again);
        assertThat(psp.ledger().findAuthorization("auth-r").orElseThrow().released()).isEqualTo("10.70");
        assertThatThrownBy(() -> client.release("cancel-2:card", "auth-r", new BigDecimal("29.99"), "EUR"))
                .isInstanceOf(PaymentGateway.Refused.class).hasMessageContaining("amount_exceeds_authorization");
    }

    @Test
    void anAnswerLostAfterTheCaptureIsRecoveredByTheSameKey() {
        psp.faults().update(null, 1, null, null);

        String id = client.capture("ful-2:card", "auth-2", new BigDecimal("10.00"), "EUR");

        assertThat(psp.ledger().findCapture(id)).isPresent();
        assertThat(psp.ledger().findAuthorization("auth-2").orElseThrow().captured()).isEqualTo("10.00");
    }

    @Test
    void aRefusalIsNotRetriedAndDoesNotCountAgainstThePsp() {
        psp.ledger().authorize("auth-3", new BigDecimal("5.00"), "EUR");

        assertThatThrownBy(() -> client.capture("ful-3:card", "auth-3", new BigDecimal("5.01"), "EUR"))
                .isInstanceOf(PaymentGateway.Refused.class).hasMessageContaining("422");
        assertThat(client.retry().getMetrics().getNumberOfFailedCallsWithoutRetryAttempt()).isEqualTo(1);
        assertThat(client.circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
        assertThat(errors("declined")).isEqualTo(1);
        assertThat(errors("unavailable")).isZero();
    }

    @Test
    void aSlowPspTimesOutAsUnavailable() {
        client = clientOf(properties(Duration.ofMillis(100), 1, 4));
        psp.faults().update(null, null, null, 400L);

        assertThatThrownBy(() -> client.capture("ful-4:card", "auth-4", new BigDecimal("1.00"), "EUR"))
                .isInstanceOf(PaymentGateway.Unavailable.class).hasMessageContaining("not reachable");
        assertThat(errors("timeout")).isEqualTo(1);
        assertThat(errors("unavailable")).isZero();
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndThenFailsWithoutCalling() {
        client = clientOf(properties(Duration.ofMillis(500), 1, 4));
        psp.faults().update(null, null, 1.0, null);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> client.capture("k", "auth-5", BigDecimal.ONE, "EUR"))
                    .isInstanceOf(PaymentGateway.Unavailable.class);
        }
        psp.faults().update(null, null, 0.0, null);

        assertThat(client.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> client.capture("k", "auth-5", BigDecimal.ONE, "EUR"))
                .isInstanceOf(PaymentGateway.Unavailable.class).hasMessageContaining("circuit breaker is open");
        assertThat(psp.ledger().findAuthorization("auth-5")).isEmpty();
        assertThat(errors("unavailable")).isEqualTo(4);
        assertThat(errors("breaker_open")).isEqualTo(1);
    }

    @Test
    void theCircuitOpensWhenThePspAnswersButSlowly() {
        client = clientOf(properties(Duration.ofSeconds(2), 1, 4, Duration.ofMillis(100)));
        psp.faults().update(null, null, null, 250L);
        for (int i = 0; i < 4; i++) {
            assertThat(client.capture("slow-" + i + ":card", "auth-6", BigDecimal.ONE, "EUR")).startsWith("cap_");
        }
        psp.faults().update(null, null, null, 0L);

        assertThat(client.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> client.capture("slow-5:card", "auth-6", BigDecimal.ONE, "EUR"))
                .isInstanceOf(PaymentGateway.Unavailable.class).hasMessageContaining("circuit breaker is open");
        assertThat(psp.ledger().findAuthorization("auth-6").orElseThrow().captured()).isEqualTo("4.00");
    }

    @Test
    void refundsWhatTheAuthorisationCaptured() {
        client.capture("ful-6:card", "auth-6", new BigDecimal("20.00"), "EUR");

        String refund = client.refund("ret-6:card", "auth-6", new BigDecimal("7.50"), "EUR");

        assertThat(refund).startsWith("ref_");
        assertThat(psp.ledger().findAuthorization("auth-6").orElseThrow().refunded()).isEqualTo("7.50");
    }
}
