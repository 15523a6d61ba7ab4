package com.omnidom.payment.payments.domain;

import com.omnidom.kernel.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/** A gift card's balance and reservations, in the card's currency (see {@link StoredValue}). */
@Entity
@Table(name = "gift_card")
public class GiftCard extends StoredValue {

    @Id
    private String number;

    private String currency;

    protected GiftCard() {
        // for JPA
    }

    public static GiftCard issue(String number, String currency, Instant now) {
        GiftCard card = new GiftCard();
        card.number = number;
        card.currency = currency;
        card.open(Money.zero(Currency.getInstance(currency)).amount(), now);
        return card;
    }

    /** Money paid in for the card (issue or top-up). */
    public GiftCardMovement load(Money amount, String by, Instant now) {
        return move(StoredValueMovement.Kind.LOAD, amount, null, by, now);
    }

    /** {@code kind} of {@code amount} for an order: reserved (refused, naming the shortfall, beyond the balance), redeemed, released or refunded. */
    public GiftCardMovement move(StoredValueMovement.Kind kind, Money amount, OrderId orderId, Instant now) {
        return move(kind, amount, orderId, null, now);
    }

    private GiftCardMovement move(StoredValueMovement.Kind kind, Money amount, OrderId orderId, String by, Instant now) {
        if (!amount.currency().getCurrencyCode().equals(currency)) {
            throw new PaymentRuleViolation(name() + " is in " + currency + ", not " + amount.currency().getCurrencyCode());
        }
        change(kind, amount.amount(), orderId, now);
        return GiftCardMovement.of(this, kind, amount.amount(), orderId, by, now);
    }

    @Override
    protected String name() {
        return "gift card " + masked(number);
    }

    @Override
    protected String quantity(BigDecimal units) {
        return units.toPlainString() + " " + currency;
    }

    public String number() {
        return number;
    }

    public String currency() {
        return currency;
    }
}
