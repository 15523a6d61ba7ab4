package com.omnidom.routing.fulfillment.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a location of one type holds a pickup nobody collects: the customer is reminded {@code remindAfter} it was
 * made ready, and it expires {@code expireAfter} it was made ready (no reminder when it expires first).
 */
public record PickupHold(Duration remindAfter, Duration expireAfter) {

    public PickupHold {
        Objects.requireNonNull(remindAfter, "remindAfter");
        Objects.requireNonNull(expireAfter, "expireAfter");
        if (!remindAfter.isPositive() || !expireAfter.isPositive()) {
            throw new IllegalArgumentException("a pickup's reminder and expiry times must be positive");
        }
    }

    public Instant remindAt(Instant readySince) {
        return readySince.plus(remindAfter);
    }

    /** Until when the location holds it. */
    public Instant heldUntil(Instant readySince) {
        return readySince.plus(expireAfter);
    }
}
