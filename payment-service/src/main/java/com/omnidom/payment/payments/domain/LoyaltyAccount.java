package com.omnidom.payment.payments.domain;

import com.omnidom.kernel.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A customer's loyalty account: bonus points (whole numbers) it can still spend and what accepted orders hold
 * (see {@link StoredValue}), for orders in one currency, in which a point has a configured value.
 */
@Entity
@Table(name = "loyalty_account")
public class LoyaltyAccount extends StoredValue {

    @Id
    private String account;

    private String currency;

    protected LoyaltyAccount() {
        // for JPA
    }

    public static LoyaltyAccount open(String account, String currency, Instant now) {
        LoyaltyAccount opened = new LoyaltyAccount();
        opened.account = account;
        opened.currency = currency;
        opened.open(BigDecimal.ZERO, now);
        return opened;
    }

    /**
     * The points worth {@code amount} at {@code pointValue} per point: amount / value, which must be whole (a
     * tender that is not a whole number of points is refused, never rounded: the balance is kept in points).
     */
    public BigDecimal points(Money amount, BigDecimal pointValue) {
        if (!amount.currency().getCurrencyCode().equals(currency)) {
            throw new PaymentRuleViolation(name() + " is in " + currency + ", not " + amount.currency().getCurrencyCode());
        }
        BigDecimal[] points = amount.amount().divideAndRemainder(pointValue);
        if (points[1].signum() != 0) {
            throw new PaymentRuleViolation(amount.amount().toPlainString() + " " + currency + " from " + name()
                    + " is not a whole number of points (1 point = " + pointValue.toPlainString() + " " + currency + ")");
        }
        return points[0].setScale(0);
    }

    /** Points credited by finance (goodwill, a campaign, points bought elsewhere), worth {@code value}. */
    public LoyaltyMovement credit(BigDecimal points, Money value, String by, Instant now) {
        return move(StoredValueMovement.Kind.LOAD, points, value, null, by, now);
    }

    /** {@code kind} of {@code points} (worth {@code value}) for an order: reserved (refused beyond the balance), redeemed, released, refunded. */
    public LoyaltyMovement move(StoredValueMovement.Kind kind, BigDecimal points, Money value, OrderId orderId, Instant now) {
        return move(kind, points, value, orderId, null, now);
    }

    private LoyaltyMovement move(StoredValueMovement.Kind kind, BigDecimal points, Money value, OrderId orderId, String by,
                                 Instant now) {
        change(kind, points, orderId, now);
        return LoyaltyMovement.of(this, kind, points, value.amount(), orderId, by, now);
    }

    @Override
    protected String name() {
        return "loyalty account " + masked(account);
    }

    @Override
    protected String quantity(BigDecimal units) {
        return units.toPlainString() + " points";
    }

    public String account() {
        return account;
    }

    public String currency() {
        return currency;
    }
}
