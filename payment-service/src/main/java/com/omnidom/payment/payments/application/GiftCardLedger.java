package com.omnidom.payment.payments.application;

import com.omnidom.kernel.Money;
import com.omnidom.payment.payments.domain.GiftCard;
import com.omnidom.payment.payments.domain.GiftCardMovement;
import com.omnidom.payment.payments.domain.GiftCardMovements;
import com.omnidom.payment.payments.domain.GiftCards;
import com.omnidom.payment.payments.domain.OrderId;
import com.omnidom.payment.payments.domain.PaymentRuleViolation;
import com.omnidom.payment.payments.domain.TenderPayment;
import com.omnidom.payment.payments.domain.TenderType;
import com.omnidom.platform.web.InvalidRequest;
import com.omnidom.platform.web.ResourceNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;

/**
 * Gift card balances: finance issues and loads cards; an accepted order reserves its gift card tenders (refused,
 * naming the shortfall, beyond a card's balance), its captures redeem them, cancelled lines release and returns refund
 * them, each in the transaction of that fact, each a movement with its posting (cash, gift card liability, gift card
 * reserved, receivable: see {@link GiftCardMovement.Kind}).
 */
@Service
public class GiftCardLedger {

    private final GiftCards cards;
    private final GiftCardMovements movements;
    private final AccountProperties accounts;
    private final Clock clock;

    public GiftCardLedger(GiftCards cards, GiftCardMovements movements, AccountProperties accounts, Clock clock) {
        this.cards = cards;
        this.movements = movements;
        this.accounts = accounts;
        this.clock = clock;
    }

    public record Details(GiftCard card, List<GiftCardMovement> movements) {
    }

    /** Issues the card (first load) or tops it up; 422 naming the field for a bad amount or another currency. */
    @Transactional
    public Details load(String number, BigDecimal amount, String currency, String by) {
        if (number == null || number.isBlank() || number.length() > 64) throw new InvalidRequest("number", "1 to 64 characters");
        if (currency == null || !currency.matches("[A-Z]{3}")) throw new InvalidRequest("currency", "an ISO 4217 code is required");
        Currency money;
        try {
            money = Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("currency", "unknown currency " + currency);
        }
        if (amount == null || amount.signum() <= 0) throw new InvalidRequest("amount", "must be positive");
        if (amount.stripTrailingZeros().scale() > Money.minorDigits(money)) {
            throw new InvalidRequest("amount", "has more decimals than " + currency + " allows");
        }
        Instant now = clock.instant();
        GiftCard card = cards.lock(number).orElseGet(() -> cards.saveAndFlush(GiftCard.issue(number, currency, now)));
        if (!card.currency().equals(currency)) {
            throw new InvalidRequest("currency", "is " + currency + ", gift card " + GiftCard.masked(number) + " is in " + card.currency());
        }
        save(card.load(Money.of(amount, money), by, now));
        return new Details(card, movements.findByNumberOrderByCreatedAtAsc(number));
    }

    @Transactional(readOnly = true)
    public Details find(String number) {
        GiftCard card = cards.findById(number).orElseThrow(() -> new ResourceNotFound("no gift card " + GiftCard.masked(number)));
        return new Details(card, movements.findByNumberOrderByCreatedAtAsc(number));
    }

    /** An accepted order's gift card tender: held on the card; unknown cards and a shortfall break the rules (DLT). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reserve(String number, Money amount, OrderId orderId) {
        GiftCard card = cards.lock(number).orElseThrow(() -> new PaymentRuleViolation("gift card " + GiftCard.masked(number)
                + " is unknown: order " + orderId + " redeems " + amount.amount().toPlainString() + " "
                + amount.currency().getCurrencyCode() + " from it"));
        Instant now = clock.instant();
        save(card.reserve(amount, orderId, now));
    }

    /** Gift card parts captured: redeemed from what the order reserved. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void redeemed(OrderId orderId, String currency, List<TenderPayment> parts, Function<String, String> numberOfTender) {
        apply(orderId, currency, parts, numberOfTender, (card, amount, now) -> card.redeem(amount, orderId, now));
    }

    /** Gift card parts released (cancelled lines): back to the balance. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void released(OrderId orderId, String currency, List<TenderPayment> parts, Function<String, String> numberOfTender) {
        apply(orderId, currency, parts, numberOfTender, (card, amount, now) -> card.release(amount, orderId, now));
    }

    /** Gift card parts refunded (returns): back on the card. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refunded(OrderId orderId, String currency, List<TenderPayment> parts, Function<String, String> numberOfTender) {
        apply(orderId, currency, parts, numberOfTender, (card, amount, now) -> card.refund(amount, orderId, now));
    }

    private interface Step {
        GiftCardMovement apply(GiftCard card, Money amount, Instant now);
    }

    private void apply(OrderId orderId, String currency, List<TenderPayment> parts, Function<String, String> numberOfTender,
                       Step step) {
        Instant now = clock.instant();
        for (TenderPayment part : parts) {
            if (part.type() != TenderType.GIFT_CARD || part.amount().signum() == 0) continue;
            String number = numberOfTender.apply(part.tenderId());
            GiftCard card = cards.lock(number).orElseThrow(() -> new PaymentRuleViolation("gift card "
                    + GiftCard.masked(number) + " of order " + orderId + " is unknown"));
            save(step.apply(card, Money.of(part.amount(), Currency.getInstance(currency)), now));
        }
    }

    private void save(GiftCardMovement movement) {
        movements.save(movement.posted(account(movement.kind().debit()), account(movement.kind().credit())));
    }

    private String account(GiftCardMovement.Side side) {
        return switch (side) {
            case CASH -> accounts.cash();
            case LIABILITY -> accounts.giftCardLiability();
            case RESERVED -> accounts.giftCardReserved();
            case RECEIVABLE -> accounts.receivable();
        };
    }
}
