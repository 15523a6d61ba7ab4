package com.omnidom.payment.payments.domain;

/**
 * How a customer pays. By default ({@link TenderOrder#DEFAULT}) captures draw on stored value first (gift card, bonus
 * points), then cash taken at the till, then the card, then what the customer pays on account, so the card is charged
 * only for what the others do not cover; refunds go the other way. The order is configurable.
 */
public enum TenderType {
    GIFT_CARD(false), BONUS_POINTS(false), CASH(false), CARD(true),
    /** The customer pays the invoice later by bank transfer: nothing is authorised or called; its part stays receivable. */
    ON_ACCOUNT(false);

    private final boolean viaPsp;

    TenderType(boolean viaPsp) {
        this.viaPsp = viaPsp;
    }

    /** Captured and refunded at the payment service provider; the others are booked here only. */
    public boolean viaPsp() {
        return viaPsp;
    }
}
