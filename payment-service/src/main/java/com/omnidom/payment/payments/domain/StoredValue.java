package com.omnidom.payment.payments.domain;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Stored value a customer spends like money (a gift card, a loyalty account): what it can still be spent for
 * ({@code balance}) and what accepted orders hold on it until their shipments capture it ({@code reserved}), in the
 * account's unit (money for a gift card, points for a loyalty account). Every change is a {@link StoredValueMovement}
 * with its posting; neither amount ever goes below zero (the rules here, the tables' CHECKs as the last word).
 */
@MappedSuperclass
public abstract class StoredValue {

    private BigDecimal balance;

    private BigDecimal reserved;

    @Version
    private long version;

    private Instant issuedAt;

    private Instant updatedAt;

    protected StoredValue() {
        // for JPA
    }

    protected void open(BigDecimal zero, Instant now) {
        balance = zero;
        reserved = zero;
        issuedAt = now;
        updatedAt = now;
    }

    /** What it is, for messages: "gift card ****1234" (masked: the reason goes to logs and dead letters). */
    protected abstract String name();

    /** An amount in the account's unit, for messages: "5.00 EUR", "500 points". */
    protected abstract String quantity(BigDecimal units);

    /**
     * Changes balance and reserved by {@code units} as the kind says; a reservation beyond the balance is refused
     * naming the shortfall, anything that would go below zero is refused.
     */
    protected void change(StoredValueMovement.Kind kind, BigDecimal units, OrderId orderId, Instant now) {
        if (units.signum() <= 0) throw new PaymentRuleViolation("a movement of " + name() + " must be positive");
        if (kind == StoredValueMovement.Kind.RESERVE && units.compareTo(balance) > 0) {
            throw new PaymentRuleViolation(name() + " has " + quantity(balance) + ", order " + orderId + " redeems "
                    + quantity(units) + ": " + quantity(units.subtract(balance)) + " short");
        }
        BigDecimal newBalance = balance.add(units.multiply(BigDecimal.valueOf(kind.balance())));
        BigDecimal newReserved = reserved.add(units.multiply(BigDecimal.valueOf(kind.reserved())));
        if (newBalance.signum() < 0 || newReserved.signum() < 0) {
            throw new PaymentRuleViolation(kind + " of " + quantity(units) + " would take " + name() + " below zero (balance "
                    + quantity(balance) + ", reserved " + quantity(reserved) + ")");
        }
        balance = newBalance;
        reserved = newReserved;
        updatedAt = now;
    }

    /** A number that spends like cash: its last four characters only, where it is not finance's to see. */
    public static String masked(String number) {
        if (number == null) return null;
        return number.length() <= 4 ? "****" : "****" + number.substring(number.length() - 4);
    }

    public BigDecimal balance() {
        return balance;
    }

    public BigDecimal reserved() {
        return reserved;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
