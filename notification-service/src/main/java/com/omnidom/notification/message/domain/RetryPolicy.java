package com.omnidom.notification.message.domain;

import java.time.Duration;

/**
 * How often and how patiently a message is tried before it is given up.
 *
 * @param maxAttempts failed attempts after which the message is FAILED
 * @param firstDelay  wait after the first failed attempt; doubles with each further one
 * @param maxDelay    longest wait between two attempts
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1");
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= firstDelay <= maxDelay");
        }
    }

    /** The wait after the given number of failed attempts (1 → firstDelay, 2 → twice that ...). */
    public Duration delayAfter(int failedAttempts) {
        Duration delay = firstDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
