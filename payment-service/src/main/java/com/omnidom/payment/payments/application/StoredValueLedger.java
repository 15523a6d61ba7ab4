package com.omnidom.payment.payments.application;

import com.omnidom.kernel.Money;
import com.omnidom.payment.payments.domain.OrderId;
import com.omnidom.payment.payments.domain.PaymentRuleViolation;
import com.omnidom.payment.payments.domain.StoredValue;
import com.omnidom.payment.payments.domain.StoredValueMovement;
import com.omnidom.payment.payments.domain.TenderPayment;
import com.omnidom.payment.payments.domain.TenderSpec;
import com.omnidom.payment.payments.domain.TenderType;
import com.omnidom.platform.web.InvalidRequest;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What gift cards and loyalty accounts share: an accepted order reserves its tenders of the ledger's type (refused,
 * naming the shortfall, beyond the balance: the order's payment goes to the DLT), its captures redeem them, cancelled
 * lines release and returns refund them, each in the transaction of that fact, each a movement with its posting
 * (see {@link StoredValueMovement.Kind}).
 */
public abstract class StoredValueLedger<A extends StoredValue> {

    private final TenderType type;
    protected final Clock clock;

    protected StoredValueLedger(TenderType type, Clock clock) {
        this.type = type;
        this.clock = clock;
    }

    protected abstract Optional<A> lock(String reference);

    /** The account for messages, masked: "gift card ****1234". */
    protected abstract String name(String reference);

    /** Books {@code kind} of the tender's {@code amount} on the account: the movement, posted and saved. */
    protected abstract void move(A account, StoredValueMovement.Kind kind, Money amount, OrderId orderId, Instant now);

    /** The chart's account of a side of a movement. */
    protected abstract String account(StoredValueMovement.Side side);

    /** An accepted order's tenders of this type: held on their accounts; unknown ones and a shortfall break the rules (DLT). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reserve(OrderId orderId, String currency, List<TenderSpec> tenders) {
        Instant now = clock.instant();
        for (TenderSpec tender : tenders) {
            if (tender.type() != type || tender.amount().signum() == 0) continue;
            Money amount = Money.of(tender.amount(), Currency.getInstance(currency));
            A account = lock(tender.reference()).orElseThrow(() -> new PaymentRuleViolation(name(tender.reference())
                    + " is unknown: order " + orderId + " redeems " + amount.amount().toPlainString() + " " + currency + " from it"));
            move(account, StoredValueMovement.Kind.RESERVE, amount, orderId, now);
        }
    }

    /** Parts captured: redeemed from what the order reserved. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void redeemed(OrderId orderId, String currency, List<TenderPayment> parts, Function<String, String> referenceOfTender) {
        apply(StoredValueMovement.Kind.REDEEM, orderId, currency, parts, referenceOfTender);
    }

    /** Parts released (cancelled lines): back to the balance. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void released(OrderId orderId, String currency, List<TenderPayment> parts, Function<String, String> referenceOfTender) {
        apply(StoredValueMovement.Kind.RELEASE, orderId, currency, parts, referenceOfTender);
    }

    /** Parts refunded (returns): back on the account. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refunded(OrderId orderId, String currency, List<TenderPayment> parts, Function<String, String> referenceOfTender) {
        apply(StoredValueMovement.Kind.REFUND, orderId, currency, parts, referenceOfTender);
    }

    private void apply(StoredValueMovement.Kind kind, OrderId orderId, String currency, List<TenderPayment> parts,
                       Function<String, String> referenceOfTender) {
        Instant now = clock.instant();
        for (TenderPayment part : parts) {
            if (part.type() != type || part.amount().signum() == 0) continue;
            String reference = referenceOfTender.apply(part.tenderId());
            A account = lock(reference).orElseThrow(() -> new PaymentRuleViolation(name(reference) + " of order " + orderId + " is unknown"));
            move(account, kind, Money.of(part.amount(), Currency.getInstance(currency)), orderId, now);
        }
    }

    /** The movement with its posting's accounts. */
    protected <M extends StoredValueMovement> M posted(M movement) {
        movement.posted(account(movement.kind().debit()), account(movement.kind().credit()));
        return movement;
    }

    /** The currency of a load, 422 naming {@code currency} unless an ISO 4217 code. */
    protected static Currency currency(String currency) {
        if (currency == null || !currency.matches("[A-Z]{3}")) throw new InvalidRequest("currency", "an ISO 4217 code is required");
        try {
            return Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("currency", "unknown currency " + currency);
        }
    }

    /** The account's key of a load, 422 naming {@code field} unless 1 to 64 characters. */
    protected static void key(String field, String key) {
        if (key == null || key.isBlank() || key.length() > 64) throw new InvalidRequest(field, "1 to 64 characters");
    }
}
