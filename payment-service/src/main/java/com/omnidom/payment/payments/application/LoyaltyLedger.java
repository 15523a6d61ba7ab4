package com.omnidom.payment.payments.application;

import com.omnidom.kernel.Money;
import com.omnidom.payment.payments.domain.LoyaltyAccount;
import com.omnidom.payment.payments.domain.LoyaltyAccounts;
import com.omnidom.payment.payments.domain.LoyaltyMovement;
import com.omnidom.payment.payments.domain.LoyaltyMovements;
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
 * Bonus points: finance credits points to loyalty accounts (marketing expense against points liability, at the
 * points' value); orders reserve, redeem, release and refund their BONUS_POINTS tenders as {@link StoredValueLedger}
 * says (points liability, points reserved, receivable), the tender's money converted to points by
 * {@link PointsProperties} (amount / value, whole, else the order's payment is refused).
 */
@Service
public class LoyaltyLedger extends StoredValueLedger<LoyaltyAccount> {

    private final LoyaltyAccounts loyaltyAccounts;
    private final LoyaltyMovements movements;
    private final AccountProperties accounts;
    private final PointsProperties points;

    public LoyaltyLedger(LoyaltyAccounts loyaltyAccounts, LoyaltyMovements movements, AccountProperties accounts,
                         PointsProperties points, Clock clock) {
        super(TenderType.BONUS_POINTS, clock);
        this.loyaltyAccounts = loyaltyAccounts;
        this.movements = movements;
        this.accounts = accounts;
        this.points = points;
    }

    /** @param pointValue what one point is worth in the account's currency */
    public record Details(LoyaltyAccount account, BigDecimal pointValue, List<LoyaltyMovement> movements) {

        /** What the balance is worth. */
        public BigDecimal balanceValue() {
            return account.balance().multiply(pointValue).setScale(Money.minorDigits(Currency.getInstance(account.currency())));
        }
    }

    /** Opens the account (first credit) or credits points to it; 422 naming the field for bad points or another currency. */
    @Transactional
    public Details credit(String account, BigDecimal credited, String currency, String by) {
        key("account", account);
        Currency money = currency(currency);
        BigDecimal pointValue = points.valueIn(currency)
                .orElseThrow(() -> new InvalidRequest("currency", "bonus points have no value in " + currency));
        if (credited == null || credited.signum() <= 0) throw new InvalidRequest("points", "must be positive");
        if (credited.stripTrailingZeros().scale() > 0) throw new InvalidRequest("points", "must be a whole number");
        Instant now = clock.instant();
        LoyaltyAccount loyalty = loyaltyAccounts.lock(account)
                .orElseGet(() -> loyaltyAccounts.saveAndFlush(LoyaltyAccount.open(account, currency, now)));
        if (!loyalty.currency().equals(currency)) {
            throw new InvalidRequest("currency", "is " + currency + ", loyalty account " + LoyaltyAccount.masked(account)
                    + " is in " + loyalty.currency());
        }
        BigDecimal whole = credited.setScale(0);
        movements.save(posted(loyalty.credit(whole, Money.of(whole.multiply(pointValue), money), by, now)));
        return new Details(loyalty, pointValue, movements.findByAccountOrderByCreatedAtAsc(account));
    }

    @Transactional(readOnly = true)
    public Details find(String account) {
        LoyaltyAccount loyalty = loyaltyAccounts.findById(account)
                .orElseThrow(() -> new ResourceNotFound("no loyalty account " + LoyaltyAccount.masked(account)));
        return new Details(loyalty, points.required(loyalty.currency()), movements.findByAccountOrderByCreatedAtAsc(account));
    }

    @Override
    protected Optional<LoyaltyAccount> lock(String account) {
        return loyaltyAccounts.lock(account);
    }

    @Override
    protected String name(String account) {
        return "loyalty account " + LoyaltyAccount.masked(account);
    }

    @Override
    protected void move(LoyaltyAccount account, StoredValueMovement.Kind kind, Money amount, OrderId orderId, Instant now) {
        BigDecimal redeemed = account.points(amount, points.required(amount.currency().getCurrencyCode()));
        movements.save(posted(account.move(kind, redeemed, amount, orderId, now)));
    }

    @Override
    protected String account(StoredValueMovement.Side side) {
        return switch (side) {
            case ISSUE -> accounts.pointsExpense();
            case LIABILITY -> accounts.pointsLiability();
            case RESERVED -> accounts.pointsReserved();
            case RECEIVABLE -> accounts.receivable();
        };
    }
}
