package com.omnidom.payment.payments.domain;

import com.omnidom.kernel.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

/**
 * What the customer owes on one invoice paid on account: the invoice's on-account part plus dunning fees, less what
 * was paid, credited (returns) and written off. Open never goes below zero (a payment beyond it is refused; the table's
 * CHECK backs this up). Dunning raises its level once per level, each with its fee and a new pay-by day.
 */
@Entity
@Table(name = "receivable")
public class Receivable {

    /** A change the receivable's state does not allow (nothing open, a payment beyond what is open). */
    public static class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    @Id
    private String invoiceNumber;

    private UUID orderId;

    private String company;

    private String currency;

    private BigDecimal amount;

    private BigDecimal fees;

    private BigDecimal paid;

    private BigDecimal credited;

    private BigDecimal writtenOff;

    private LocalDate dueDate;

    private LocalDate payBy;

    private int dunningLevel;

    private Instant createdAt;

    @Version
    private long version;

    protected Receivable() {
        // for JPA
    }

    public static Receivable open(Invoice invoice, Money amount, LocalDate dueDate, Instant now) {
        if (!amount.isPositive()) throw new PaymentRuleViolation("an invoice paid on account must have something to pay");
        Receivable receivable = new Receivable();
        BigDecimal zero = Money.zero(amount.currency()).amount();
        receivable.invoiceNumber = invoice.invoiceNumber();
        receivable.orderId = invoice.orderId();
        receivable.company = invoice.company();
        receivable.currency = amount.currency().getCurrencyCode();
        receivable.amount = amount.amount();
        receivable.fees = zero;
        receivable.paid = zero;
        receivable.credited = zero;
        receivable.writtenOff = zero;
        receivable.dueDate = dueDate;
        receivable.payBy = dueDate;
        receivable.createdAt = now;
        return receivable;
    }

    /** Amount + fees − paid − credited − written off. */
    public Money openAmount() {
        return money(amount).plus(money(fees)).minus(money(paid)).minus(money(credited)).minus(money(writtenOff));
    }

    /** Applies a transfer; refused for another currency or more than is open. */
    public void pay(Money payment) {
        if (!payment.currency().getCurrencyCode().equals(currency)) {
            throw new Refused("invoice " + invoiceNumber + " is in " + currency + ", the payment in " + payment.currency());
        }
        if (!payment.isPositive()) throw new Refused("a payment must be positive");
        if (payment.compareTo(openAmount()) > 0) {
            throw new Refused("invoice " + invoiceNumber + " has " + openAmount().amount().toPlainString() + " "
                    + currency + " open, the payment is " + payment.amount().toPlainString());
        }
        paid = money(paid).plus(payment).amount();
    }

    /** A return credited on account lowers what is owed, at most to zero; returns what it took. */
    public Money credit(Money credit) {
        Money taken = credit.min(openAmount());
        credited = money(credited).plus(taken).amount();
        return taken;
    }

    /** Raises the dunning level, adding its fee; the open amount must be positive. */
    public void remind(int level, Money fee, LocalDate payBy) {
        if (level <= dunningLevel) throw new Refused("invoice " + invoiceNumber + " is at dunning level " + dunningLevel);
        if (!openAmount().isPositive()) throw new Refused("nothing is open on invoice " + invoiceNumber);
        dunningLevel = level;
        fees = money(fees).plus(fee).amount();
        this.payBy = payBy;
    }

    /** Writes off what is open; refused when nothing is. */
    public Money writeOff() {
        Money open = openAmount();
        if (!open.isPositive()) throw new Refused("nothing is open on invoice " + invoiceNumber);
        writtenOff = money(writtenOff).plus(open).amount();
        return open;
    }

    public Money money(BigDecimal value) {
        return Money.of(value, Currency.getInstance(currency));
    }

    public String invoiceNumber() {
        return invoiceNumber;
    }

    public OrderId orderId() {
        return new OrderId(orderId);
    }

    public String company() {
        return company;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal amount() {
        return amount;
    }

    public BigDecimal fees() {
        return fees;
    }

    public BigDecimal paid() {
        return paid;
    }

    public BigDecimal credited() {
        return credited;
    }

    public BigDecimal writtenOff() {
        return writtenOff;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public LocalDate payBy() {
        return payBy;
    }

    public int dunningLevel() {
        return dunningLevel;
    }
}
