package com.omnidom.psp;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Injected trouble, so callers' timeouts, retries and circuit breakers get exercised: a latency before every
 * answer, a random share of 503s, and the next N calls failing with 503 either before they are processed
 * ({@code failNext}: nothing happened) or after ({@code failNextAfterProcessing}: it happened, the answer was lost).
 */
public final class Faults {

    public enum Outcome { PROCEED, FAIL_BEFORE, FAIL_AFTER }

    private final RandomGenerator random;
    private double failureRate;
    private long latencyMs;
    private int failNext;
    private int failNextAfterProcessing;

    public Faults(double failureRate, long latencyMs, RandomGenerator random) {
        this.random = random;
        update(null, null, failureRate, latencyMs);
    }

    public record Settings(double failureRate, long latencyMs, int failNext, int failNextAfterProcessing) {
    }

    /** Changes the given settings; null leaves one as it is. */
    public synchronized Settings update(Integer failNext, Integer failNextAfterProcessing, Double failureRate, Long latencyMs) {
        if (failNext != null) {
            if (failNext < 0) throw new PspRefusal(400, "invalid_request", "failNext: must be 0 or more");
            this.failNext = failNext;
        }
        if (failNextAfterProcessing != null) {
            if (failNextAfterProcessing < 0) throw new PspRefusal(400, "invalid_request", "failNextAfterProcessing: must be 0 or more");
            this.failNextAfterProcessing = failNextAfterProcessing;
        }
        if (failureRate != null) {
            if (failureRate < 0 || failureRate > 1) throw new PspRefusal(400, "invalid_request", "failureRate: must be between 0 and 1");
            this.failureRate = failureRate;
        }
        if (latencyMs != null) {
            if (latencyMs < 0) throw new PspRefusal(400, "invalid_request", "latencyMs: must be 0 or more");
            this.latencyMs = latencyMs;
        }
        return settings();
    }

    public synchronized Settings settings() {
        return new Settings(failureRate, latencyMs, failNext, failNextAfterProcessing);
    }

    /** Decides the fate of one call (consuming a pending failure). */
    public synchronized Outcome next() {
        if (failNext > 0) {
            failNext--;
            return Outcome.FAIL_BEFORE;
        }
        if (failNextAfterProcessing > 0) {
            failNextAfterProcessing--;
            return Outcome.FAIL_AFTER;
        }
        return failureRate > 0 && random.nextDouble() < failureRate ? Outcome.FAIL_BEFORE : Outcome.PROCEED;
    }

    public synchronized Duration latency() {
        return Duration.ofMillis(latencyMs);
    }
}
