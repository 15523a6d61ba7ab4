package com.omnidom.payment.payments.domain;

/**
 * How a customer pays. Captures draw on stored value first (gift card, bonus points), then cash taken at the
 * till, then the card, then what the customer pays on account, so the card is charged only for what the others do not cover; refunds go the other way.
 */
public enum TenderType {
    GIFT_CARD(0, false), BONUS_POINTS(1, false), CASH(2, false), CARD(3, true),
    /** The customer pays the invoice later by bank transfer: nothing is authorised or called; its part stays receivable. */
    ON_ACCOUNT(4, false);

    private final int captureRank;
    private final boolean viaPsp;

    TenderType(int captureRank, boolean viaPsp) {
        this.captureRank = captureRank;
        this.viaPsp = viaPsp;
    }

    /** Lower ranks are captured first (and refunded last). */
    public int captureRank() {
        return captureRank;
    }

    /** Captured and refunded at the payment service provider; the others are booked here only. */
    public boolean viaPsp() {
        return viaPsp;
    }
}
