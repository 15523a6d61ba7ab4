package com.omnidom.payment.payments.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** One change of a gift card (its amount in the card's currency) with its posting. */
@Entity
@Table(name = "gift_card_movement")
public class GiftCardMovement extends StoredValueMovement {

    private String number;

    protected GiftCardMovement() {
        // for JPA
    }

    static GiftCardMovement of(GiftCard card, Kind kind, BigDecimal amount, OrderId orderId, String by, Instant now) {
        GiftCardMovement movement = new GiftCardMovement();
        movement.number = card.number();
        movement.record(card, kind, amount, orderId, by, now);
        return movement;
    }

    public String number() {
        return number;
    }
}
