package com.omnidom.order.order.domain;

import com.omnidom.kernel.Money;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * The order's money in its currency: the total, and what payment captured, refunded to the customer and released of
 * the authorisation. Each step checks its limit (captured ≤ total, refunded ≤ captured, released ≤ total) and returns
 * the next ledger; a refused step throws {@link ImpossibleProgress} and changes nothing.
 */
record MoneyLedger(Money total, Money captured, Money refunded, Money released) {

    static MoneyLedger of(Money total) {
        Money zero = Money.zero(total.currency());
        return new MoneyLedger(total, zero, zero, zero);
    }

    Currency currency() {
        return total.currency();
    }

    MoneyLedger capture(Money amount) {
        if (captured.plus(amount).compareTo(total) > 0) {
            throw new ImpossibleProgress("capturing " + amount + " would take more than the order total " + total
                    + " (captured so far " + captured + ")");
        }
        return new MoneyLedger(total, captured.plus(amount), refunded, released);
    }

    MoneyLedger refund(Money amount) {
        if (refunded.plus(amount).compareTo(captured) > 0) {
            throw new ImpossibleProgress("refunding " + amount + " would give back more than was captured (" + captured
                    + ", refunded so far " + refunded + ")");
        }
        return new MoneyLedger(total, captured, refunded.plus(amount), released);
    }

    /** Authorised money no longer to be captured (cancelled lines) was given back to the tenders. */
    MoneyLedger release(Money amount) {
        if (released.plus(amount).compareTo(total) > 0) {
            throw new ImpossibleProgress("releasing " + amount + " would give back more than the order total " + total);
        }
        return new MoneyLedger(total, captured, refunded, released.plus(amount));
    }

    /**
     * An amount another service reported for this order.
     *
     * @throws ImpossibleProgress in another currency, not positive, or with more decimals than the currency has
     */
    Money amount(String currencyCode, BigDecimal amount) {
        if (!currency().getCurrencyCode().equals(currencyCode)) {
            throw new ImpossibleProgress("amount in " + currencyCode + " for an order in " + currency().getCurrencyCode());
        }
        if (amount == null || amount.signum() <= 0) throw new ImpossibleProgress("amount must be positive, was " + amount);
        if (!Currencies.fits(amount, currency())) {
            throw new ImpossibleProgress("amount " + amount + " has more decimals than " + currency().getCurrencyCode());
        }
        return Money.of(amount, currency());
    }
}
