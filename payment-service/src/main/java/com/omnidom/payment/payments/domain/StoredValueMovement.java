package com.omnidom.payment.payments.domain;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One change of a {@link StoredValue} with its posting: from the debit to the credit account (the chart's numbers for
 * the {@link Side}s of its {@link Kind}). Append-only; the balance and reserved amount are the sums of the movements
 * on the liability and the reserved account.
 */
@MappedSuperclass
public abstract class StoredValueMovement {

    /**
     * Where a movement's value sits: what it was issued against (cash paid for a gift card, the marketing expense of
     * points granted), the balance (liability), held for orders, the debtor.
     */
    public enum Side { ISSUE, LIABILITY, RESERVED, RECEIVABLE }

    /**
     * @param balance  +1 / −1 / 0: how the balance changes by the amount
     * @param reserved +1 / −1 / 0: how the reserved amount changes
     */
    public enum Kind {
        LOAD(1, 0, Side.ISSUE, Side.LIABILITY),
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

    protected StoredValueMovement() {
        // for JPA
    }

    protected void record(StoredValue account, Kind kind, BigDecimal amount, OrderId orderId, String by, Instant now) {
        this.movementId = UUID.randomUUID();
        this.kind = kind;
        this.amount = amount;
        this.orderId = orderId == null ? null : orderId.value();
        this.balanceAfter = account.balance();
        this.reservedAfter = account.reserved();
        this.createdBy = by;
        this.createdAt = now;
    }

    /** The chart's accounts of its posting (debit, credit). */
    public void posted(String debitAccount, String creditAccount) {
        this.debitAccount = debitAccount;
        this.creditAccount = creditAccount;
    }

    public UUID movementId() {
        return movementId;
    }

    public Kind kind() {
        return kind;
    }

    /** In the account's unit (money for a gift card, points for a loyalty account). */
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
