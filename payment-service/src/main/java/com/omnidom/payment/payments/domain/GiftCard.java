package com.omnidom.payment.payments.domain;

import com.omnidom.kernel.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/**
 * A gift card's balance: what it can still be spent for ({@code balance}) and what accepted orders hold on it until
 * their shipments capture it ({@code reserved}). Every change is a {@link GiftCardMovement} with its posting; neither
 * amount ever goes below zero (the rules here, the table's CHECKs as the last word).
 */
@Entity
@Table(name = "gift_card")
public class GiftCard {

    @Id
    private String number;

    private String currency;

    private BigDecimal balance;

    private BigDecimal reserved;

    @Version
    private long version;

    private Instant issuedAt;

    private Instant updatedAt;

    protected GiftCard() {
        // for JPA
    }

    public static GiftCard issue(String number, String currency, Instant now) {
        GiftCard card = new GiftCard();
        card.number = number;
        card.currency = currency;
        card.balance = Money.zero(Currency.getInstance(currency)).amount();
        card.reserved = card.balance;
        card.issuedAt = now;
        card.updatedAt = now;
        return card;
    }

    /** Money paid in for the card (issue or top-up). */
    public GiftCardMovement load(Money amount, String by, Instant now) {
        return move(GiftCardMovement.Kind.LOAD, amount, null, by, now);
    }

    /** An accepted order holds {@code amount}; refused (naming the shortfall) beyond the balance. */
    public GiftCardMovement reserve(Money amount, OrderId orderId, Instant now) {
        Money available = money(balance);
        if (amount.compareTo(available) > 0) {
            throw new PaymentRuleViolation("gift card " + masked(number) + " has " + available.amount().toPlainString() + " "
                    + currency + ", order " + orderId + " redeems " + amount.amount().toPlainString() + " " + currency + ": "
                    + amount.minus(available).amount().toPlainString() + " " + currency + " short");
        }
        return move(GiftCardMovement.Kind.RESERVE, amount, orderId, null, now);
    }

    /** A capture takes what the order reserved. */
    public GiftCardMovement redeem(Money amount, OrderId orderId, Instant now) {
        return move(GiftCardMovement.Kind.REDEEM, amount, orderId, null, now);
    }

    /** Cancelled lines give back what their order reserved. */
    public GiftCardMovement release(Money amount, OrderId orderId, Instant now) {
        return move(GiftCardMovement.Kind.RELEASE, amount, orderId, null, now);
    }

    /** A return puts captured money back on the card. */
    public GiftCardMovement refund(Money amount, OrderId orderId, Instant now) {
        return move(GiftCardMovement.Kind.REFUND, amount, orderId, null, now);
    }

    private GiftCardMovement move(GiftCardMovement.Kind kind, Money amount, OrderId orderId, String by, Instant now) {
        if (!amount.currency().getCurrencyCode().equals(currency)) {
            throw new PaymentRuleViolation("gift card " + masked(number) + " is in " + currency + ", not "
                    + amount.currency().getCurrencyCode());
        }
        if (!amount.isPositive()) throw new PaymentRuleViolation("a gift card movement must be positive");
        Money newBalance = money(balance).plus(amount.times(kind.balance()));
        Money newReserved = money(reserved).plus(amount.times(kind.reserved()));
        if (newBalance.isNegative() || newReserved.isNegative()) {
            throw new PaymentRuleViolation(kind + " of " + amount.amount().toPlainString() + " " + currency + " would take gift card "
                    + masked(number) + " below zero (balance " + balance.toPlainString() + ", reserved " + reserved.toPlainString() + ")");
        }
        balance = newBalance.amount();
        reserved = newReserved.amount();
        updatedAt = now;
        return GiftCardMovement.of(this, kind, amount.amount(), orderId, by, now);
    }

    private Money money(BigDecimal amount) {
        return Money.of(amount, Currency.getInstance(currency));
    }

    /** A card number spends like cash: its last four characters only, where it is not finance's to see. */
    public static String masked(String number) {
        if (number == null) return null;
        return number.length() <= 4 ? "****" : "****" + number.substring(number.length() - 4);
    }

    public String number() {
        return number;
    }

    public String currency() {
        return currency;
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
