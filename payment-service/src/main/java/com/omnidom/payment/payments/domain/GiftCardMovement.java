package com.omnidom.payment.payments.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One change of a gift card with its posting: {@code amount} from the debit to the credit account (the chart's
 * numbers for the {@link Side}s of its {@link Kind}). Append-only; the card's balance and reserved amount are the sums
 * of its movements on the liability and the reserved account.
 */
@Entity
@Table(name = "gift_card_movement")
public class GiftCardMovement {

    /** Where a movement's money sits: cash received, the card's balance (liability), held for orders, the debtor. */
    public enum Side { CASH, LIABILITY, RESERVED, RECEIVABLE }

    /**
     * @param balance  +1 / −1 / 0: how the card's balance changes by the amount
     * @param reserved +1 / −1 / 0: how its reserved amount changes
     */
    public enum Kind {
        LOAD(1, 0, Side.CASH, Side.LIABILITY),
        RESERVE(-1, 1, Side.LIABILITY, Side.RESERVED),
        RELEASE(1, -1, Side.RESERVED, Side.LIABILITY),
        REDEEM(0, -1, Side.RESERVED, Side.RECEIVABLE),
        REFUND(1, 0, Side.RECEIVABLE, Side.LIABILITY);

        private final long balance;
        private final long reserved;
        private final Side debit;
        private final Side credit;

        Kind(long balance, long reserved, Side debit, Side credit) {
            this.balance = balance;
            this.reserved = reserved;
            this.debit = debit;
            this.credit = credit;
        }

        long balance() {
            return balance;
        }

        long reserved() {
            return reserved;
        }

        public Side debit() {
            return debit;
        }

        public Side credit() {
            return credit;
        }
    }

    @Id
    private UUID movementId;

    private String number;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private BigDecimal amount;

    private UUID orderId;

    private String debitAccount;

    private String creditAccount;

    private BigDecimal balanceAfter;

    private BigDecimal reservedAfter;

    private String createdBy;

    private Instant createdAt;

    protected GiftCardMovement() {
        // for JPA
    }

    static GiftCardMovement of(GiftCard card, Kind kind, BigDecimal amount, OrderId orderId, String by, Instant now) {
        GiftCardMovement movement = new GiftCardMovement();
        movement.movementId = UUID.randomUUID();
        movement.number = card.number();
        movement.kind = kind;
        movement.amount = amount;
        movement.orderId = orderId == null ? null : orderId.value();
        movement.balanceAfter = card.balance();
        movement.reservedAfter = card.reserved();
        movement.createdBy = by;
        movement.createdAt = now;
        return movement;
    }

    /** The chart's accounts of its posting (debit, credit). */
    public GiftCardMovement posted(String debitAccount, String creditAccount) {
        this.debitAccount = debitAccount;
        this.creditAccount = creditAccount;
        return this;
    }

    public UUID movementId() {
        return movementId;
    }

    public String number() {
        return number;
    }

    public Kind kind() {
        return kind;
    }

    public BigDecimal amount() {
        return amount;
    }

    public UUID orderId() {
        return orderId;
    }

    public String debitAccount() {
        return debitAccount;
    }

    public String creditAccount() {
        return creditAccount;
    }

    public BigDecimal balanceAfter() {
        return balanceAfter;
    }

    public BigDecimal reservedAfter() {
        return reservedAfter;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
