package com.omnidom.payment.psp;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;

/**
 * The payment service provider and how hard to try it.
 *
 * @param baseUrl        the PSP's API (the simulator locally)
 * @param connectTimeout longest wait for a connection
 * @param readTimeout    longest wait for an answer; a timed-out call stays a PENDING intent, retried later by the
 *                       recovery job with the same idempotency key (no DB connection or row lock is held meanwhile)
 */
@ConfigurationProperties("omnidom.payment.psp")
public record PspProperties(
        @DefaultValue("http://127.0.0.1:8090") URI baseUrl,
        @DefaultValue("1s") Duration connectTimeout,
        @DefaultValue("2s") Duration readTimeout,
        @DefaultValue Retry retry,
        @DefaultValue CircuitBreaker circuitBreaker) {

    /**
     * Attempts per call (first included), waiting {@code initialWait} × {@code multiplier}^n between them. One by
     * default: the recovery job tries again later, so a consumer thread never waits through several timeouts.
     */
    public record Retry(@DefaultValue("1") int maxAttempts, @DefaultValue("200ms") Duration initialWait,
                        @DefaultValue("2.0") double multiplier) {
    }

    /**
     * Opens when {@code failureRateThreshold} % of the last {@code slidingWindowSize} calls failed (after at least
     * {@code minimumNumberOfCalls}); then calls fail at once for {@code waitInOpenState}, and
     * {@code permittedCallsInHalfOpenState} trial calls decide whether it closes again. Calls slower than
     * {@code slowCallDurationThreshold} count as slow; {@code slowCallRateThreshold} % of slow calls opens it too (a
     * PSP that answers, but late, is as unusable as one that does not).
     */
    public record CircuitBreaker(@DefaultValue("50") float failureRateThreshold,
                                 @DefaultValue("20") int slidingWindowSize,
                                 @DefaultValue("10") int minimumNumberOfCalls,
                                 @DefaultValue("30s") Duration waitInOpenState,
                                 @DefaultValue("3") int permittedCallsInHalfOpenState,
                                 @DefaultValue("1s") Duration slowCallDurationThreshold,
                                 @DefaultValue("50") float slowCallRateThreshold) {
    }
}
