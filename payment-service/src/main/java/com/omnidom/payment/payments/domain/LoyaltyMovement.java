package com.omnidom.payment.payments.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** One change of a loyalty account: its {@code amount} in points, posted at their {@code value} in the account's currency. */
@Entity
@Table(name = "loyalty_movement")
public class LoyaltyMovement extends StoredValueMovement {

    private String account;

    private BigDecimal value;

    protected LoyaltyMovement() {
        // for JPA
    }

    static LoyaltyMovement of(LoyaltyAccount loyalty, Kind kind, BigDecimal points, BigDecimal value, OrderId orderId,
                              String by, Instant now) {
        LoyaltyMovement movement = new LoyaltyMovement();
        movement.account = loyalty.account();
        movement.value = value;
        movement.record(loyalty, kind, points, orderId, by, now);
        return movement;
    }

    public String account() {
        return account;
    }

    /** What the points are worth: the amount of the posting. */
    public BigDecimal value() {
        return value;
    }
}
