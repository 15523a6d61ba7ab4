package com.omnidom.payment.payments.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The double-entry lines of each financial fact, on the accounts of the chart ({@link Accounts}). The debtor
 * (receivable, one per order) is debited by invoices and refunds and credited by captures and credit notes, so an
 * order invoiced and captured (and, after a return, credited and refunded) leaves it at zero. Zero amounts give no line;
 * every entry balances ({@link #requireBalanced}).
 * <ul>
 *   <li>invoice: receivable gross to revenue net and output VAT tax, per rate;</li>
 *   <li>capture: per tender, its account (PSP clearing for cards, the gift card or points liability, cash) to the receivable;</li>
 *   <li>refund: the receivable to each tender's account (the reverse);</li>
 *   <li>credit note: revenue net and output VAT tax, per rate, to the receivable (the invoice reversed);</li>
 *   <li>chargeback opened: the PSP took the money back from our clearing account, so the debtor owes it again
 *   (receivable to PSP clearing); then either written off when finance accepts it or the dispute is lost (chargeback
 *   loss to receivable) or won back (PSP clearing to receivable): the receivable is zero again either way.</li>
 * </ul>
 * An authorisation release posts nothing: an authorisation is a hold on the customer's means, not a claim or money
 * of ours, and nothing was invoiced for the released units.
 */
public final class Journal {

    public enum Side { DEBIT, CREDIT }

    public enum Kind {
        INVOICE, CAPTURE, REFUND, CREDIT_NOTE, CHARGEBACK, CHARGEBACK_LOSS, CHARGEBACK_REVERSAL,
        PAYMENT_RECEIVED, DUNNING_FEE, WRITE_OFF
    }

    /** One line of an entry; {@code taxRate} on revenue and VAT lines, {@code tenderType} on a tender's money line. */
    public record Line(String account, Side side, BigDecimal amount, BigDecimal taxRate, TenderType tenderType) {
    }

    /** The chart of accounts (configuration). */
    public interface Accounts {

        /** Trade receivables: the debtor, one per order (the order id is the entry's sub-ledger key). */
        String receivable();

        String revenue(BigDecimal rate);

        String outputVat(BigDecimal rate);

        /** Where a tender's money is: PSP clearing (card), gift card or points liability, cash. */
        String tender(TenderType type);

        /** Bad debt written off: chargebacks accepted or lost. */
        String chargebackLoss();

        /** The bank account transfers for invoices paid on account arrive on. */
        String bank();

        /** Income from dunning fees. */
        String dunningFees();

        /** Receivables of invoices paid on account written off. */
        String badDebt();
    }

    private Journal() {
    }

    public static List<Line> invoice(Accounts accounts, BigDecimal gross, List<Invoicing.TaxAmount> taxes) {
        List<Line> lines = new ArrayList<>();
        add(lines, new Line(accounts.receivable(), Side.DEBIT, gross, null, null));
        taxes.forEach(rate -> {
            add(lines, new Line(accounts.revenue(rate.rate()), Side.CREDIT, rate.net(), rate.rate(), null));
            add(lines, new Line(accounts.outputVat(rate.rate()), Side.CREDIT, rate.tax(), rate.rate(), null));
        });
        return lines;
    }

    public static List<Line> creditNote(Accounts accounts, BigDecimal gross, List<Invoicing.TaxAmount> taxes) {
        return reversed(invoice(accounts, gross, taxes));
    }

    public static List<Line> capture(Accounts accounts, List<TenderPayment> parts) {
        List<Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (TenderPayment part : parts) {
            // paid on account: no money yet, the invoice stays on the receivable until the transfer arrives
            if (part.type() == TenderType.ON_ACCOUNT) continue;
            add(lines, new Line(accounts.tender(part.type()), Side.DEBIT, part.amount(), null, part.type()));
            total = total.add(part.amount());
        }
        add(lines, new Line(accounts.receivable(), Side.CREDIT, total, null, null));
        return lines;
    }

    public static List<Line> refund(Accounts accounts, List<TenderPayment> parts) {
        // an on-account part pays nothing out: the credit note alone lowers what the debtor owes
        List<TenderPayment> paidOut = parts.stream().filter(part -> part.type() != TenderType.ON_ACCOUNT).toList();
        List<Line> lines = new ArrayList<>();
        add(lines, new Line(accounts.receivable(), Side.DEBIT,
                paidOut.stream().map(TenderPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add), null, null));
        paidOut.forEach(part -> add(lines, new Line(accounts.tender(part.type()), Side.CREDIT, part.amount(), null, part.type())));
        return lines;
    }

    /** A bank transfer for an invoice paid on account: the money is on the bank account, the debtor owes less. */
    public static List<Line> paymentReceived(Accounts accounts, BigDecimal amount) {
        return pair(new Line(accounts.bank(), Side.DEBIT, amount, null, null),
                new Line(accounts.receivable(), Side.CREDIT, amount, null, null));
    }

    /** A dunning fee: the debtor owes it besides the invoice. */
    public static List<Line> dunningFee(Accounts accounts, BigDecimal fee) {
        return pair(new Line(accounts.receivable(), Side.DEBIT, fee, null, null),
                new Line(accounts.dunningFees(), Side.CREDIT, fee, null, null));
    }

    /** What is still open of an invoice, written off as bad debt. */
    public static List<Line> writeOff(Accounts accounts, BigDecimal amount) {
        return pair(new Line(accounts.badDebt(), Side.DEBIT, amount, null, null),
                new Line(accounts.receivable(), Side.CREDIT, amount, null, null));
    }

    public static List<Line> chargebackOpened(Accounts accounts, BigDecimal amount) {
        return pair(new Line(accounts.receivable(), Side.DEBIT, amount, null, null),
                new Line(accounts.tender(TenderType.CARD), Side.CREDIT, amount, null, TenderType.CARD));
    }

    public static List<Line> chargebackLost(Accounts accounts, BigDecimal amount) {
        return pair(new Line(accounts.chargebackLoss(), Side.DEBIT, amount, null, null),
                new Line(accounts.receivable(), Side.CREDIT, amount, null, null));
    }

    public static List<Line> chargebackWon(Accounts accounts, BigDecimal amount) {
        return pair(new Line(accounts.tender(TenderType.CARD), Side.DEBIT, amount, null, TenderType.CARD),
                new Line(accounts.receivable(), Side.CREDIT, amount, null, null));
    }

    private static List<Line> pair(Line debit, Line credit) {
        List<Line> lines = new ArrayList<>();
        add(lines, debit);
        add(lines, credit);
        return lines;
    }

    /** Σ debits, after checking that they equal Σ credits; an entry with an unbalanced line set is a bug, never posted. */
    public static BigDecimal requireBalanced(List<Line> lines) {
        BigDecimal debit = sum(lines, Side.DEBIT);
        BigDecimal credit = sum(lines, Side.CREDIT);
        if (debit.compareTo(credit) != 0) {
            throw new IllegalStateException("unbalanced journal entry: debit " + debit + " ≠ credit " + credit + " " + lines);
        }
        return debit;
    }

    public static BigDecimal sum(List<Line> lines, Side side) {
        return lines.stream().filter(line -> line.side() == side).map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<Line> reversed(List<Line> lines) {
        return lines.stream().map(line -> new Line(line.account(), line.side() == Side.DEBIT ? Side.CREDIT : Side.DEBIT,
                line.amount(), line.taxRate(), line.tenderType())).toList();
    }

    private static void add(List<Line> lines, Line line) {
        if (line.amount().signum() < 0) throw new IllegalArgumentException("negative amount on a journal line: " + line);
        if (line.amount().signum() > 0) lines.add(line);
    }
}
