package com.omnidom.payment.payments.application;

import com.omnidom.kernel.Money;
import com.omnidom.payment.payments.domain.GiftCard;
import com.omnidom.payment.payments.domain.GiftCardMovement;
import com.omnidom.payment.payments.domain.GiftCardMovements;
import com.omnidom.payment.payments.domain.GiftCards;
import com.omnidom.payment.payments.domain.OrderId;
import com.omnidom.payment.payments.domain.StoredValueMovement;
import com.omnidom.payment.payments.domain.TenderType;
import com.omnidom.platform.web.InvalidRequest;
import com.omnidom.platform.web.ResourceNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Gift card balances: finance issues and loads cards (cash against gift card liability); orders reserve, redeem,
 * release and refund them as {@link StoredValueLedger} says (gift card liability, gift card reserved, receivable).
 */
@Service
public class GiftCardLedger extends StoredValueLedger<GiftCard> {

    private final GiftCards cards;
    private final GiftCardMovements movements;
    private final AccountProperties accounts;

    public GiftCardLedger(GiftCards cards, GiftCardMovements movements, AccountProperties accounts, Clock clock) {
        super(TenderType.GIFT_CARD, clock);
        this.cards = cards;
        this.movements = movements;
        this.accounts = accounts;
    }

    public record Details(GiftCard card, List<GiftCardMovement> movements) {
    }

    /** Issues the card (first load) or tops it up; 422 naming the field for a bad amount or another currency. */
    @Transactional
    public Details load(String number, BigDecimal amount, String currency, String by) {
        key("number", number);
        Currency money = currency(currency);
        if (amount == null || amount.signum() <= 0) throw new InvalidRequest("amount", "must be positive");
        if (amount.stripTrailingZeros().scale() > Money.minorDigits(money)) {
            throw new InvalidRequest("amount", "has more decimals than " + currency + " allows");
        }
        Instant now = clock.instant();
        GiftCard card = cards.lock(number).orElseGet(() -> cards.saveAndFlush(GiftCard.issue(number, currency, now)));
        if (!card.currency().equals(currency)) {
            throw new InvalidRequest("currency", "is " + currency + ", gift card " + GiftCard.masked(number) + " is in " + card.currency());
        }
        movements.save(posted(card.load(Money.of(amount, money), by, now)));
        return new Details(card, movements.findByNumberOrderByCreatedAtAsc(number));
    }

    @Transactional(readOnly = true)
    public Details find(String number) {
        GiftCard card = cards.findById(number).orElseThrow(() -> new ResourceNotFound("no gift card " + GiftCard.masked(number)));
        return new Details(card, movements.findByNumberOrderByCreatedAtAsc(number));
    }

    @Override
    protected Optional<GiftCard> lock(String number) {
        return cards.lock(number);
    }

    @Override
    protected String name(String number) {
        return "gift card " + GiftCard.masked(number);
    }

    @Override
    protected void move(GiftCard card, StoredValueMovement.Kind kind, Money amount, OrderId orderId, Instant now) {
        movements.save(posted(card.move(kind, amount, orderId, now)));
    }

    @Override
    protected String account(StoredValueMovement.Side side) {
        return switch (side) {
            case ISSUE -> accounts.cash();
            case LIABILITY -> accounts.giftCardLiability();
            case RESERVED -> accounts.giftCardReserved();
            case RECEIVABLE -> accounts.receivable();
        };
    }
}
