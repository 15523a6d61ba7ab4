package com.omnidom.payment.payments.application;

import com.omnidom.events.payment.DunningNoticeIssued;
import com.omnidom.events.payment.PaymentReceived;
import com.omnidom.events.payment.ReceivableWrittenOff;
import com.omnidom.kernel.Money;
import com.omnidom.payment.payments.domain.BankStatementEntries;
import com.omnidom.payment.payments.domain.BankStatementEntry;
import com.omnidom.payment.payments.domain.Invoice;
import com.omnidom.payment.payments.domain.OrderId;
import com.omnidom.payment.payments.domain.Payment;
import com.omnidom.payment.payments.domain.Payments;
import com.omnidom.payment.payments.domain.Receivable;
import com.omnidom.payment.payments.domain.Receivables;
import com.omnidom.payment.payments.domain.ReceivedPayment;
import com.omnidom.payment.payments.domain.ReceivedPayments;
import com.omnidom.payment.taxes.domain.TaxZones;
import com.omnidom.platform.outbox.Outbox;
import com.omnidom.platform.web.InvalidRequest;
import com.omnidom.platform.web.ResourceNotFound;
import com.omnidom.platform.web.StateConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Invoices paid on account: opened with the invoice (due after the payment terms), paid by transfers finance enters
 * or a bank statement brings, lowered by returns credited, written off by finance. Every change locks the order's
 * payment row (like captures and refunds), posts its journal entry and publishes its event in one transaction.
 */
@Service
public class AccountsReceivable {

    /** An invoice number as this service issues them, anywhere in a remittance text. */
    private static final Pattern INVOICE_NUMBER = Pattern.compile("INV-[A-Z]{2}-\\d{4}-\\d{6}");

    private final Receivables receivables;
    private final ReceivedPayments received;
    private final BankStatementEntries statementEntries;
    private final Payments payments;
    private final InvoiceTaxes taxes;
    private final Postings postings;
    private final OnAccountProperties settings;
    private final Outbox outbox;
    private final Clock clock;

    public AccountsReceivable(Receivables receivables, ReceivedPayments received, BankStatementEntries statementEntries,
                              Payments payments, InvoiceTaxes taxes, Postings postings, OnAccountProperties settings,
                              Outbox outbox, Clock clock) {
        this.receivables = receivables;
        this.received = received;
        this.statementEntries = statementEntries;
        this.payments = payments;
        this.taxes = taxes;
        this.postings = postings;
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The due date of an invoice issued now in {@code country}: the issue day plus the payment terms. */
    public LocalDate dueDate(Instant issuedAt, String country) {
        return TaxZones.day(issuedAt, country).plusDays(settings.paymentTerms().toDays());
    }

    /** Opens the invoice's on-account part, in the capture's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void open(Invoice invoice, Money onAccount, LocalDate dueDate) {
        receivables.save(Receivable.open(invoice, onAccount, dueDate, clock.instant()));
    }

    /**
     * A return credited on account lowers what the order's invoices still have open, oldest first, in the refund's
     * transaction (the credit note's entry already lowered the debtor's balance).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void credit(OrderId orderId, Money amount) {
        Money left = amount;
        for (Receivable receivable : receivables.findByOrderIdOrderByCreatedAtAscInvoiceNumberAsc(orderId.value())) {
            if (!left.isPositive()) break;
            left = left.minus(receivable.credit(left));
        }
    }

    /** A transfer finance enters: 422 naming the field for an unknown invoice, another currency or more than is open. */
    @Transactional
    public ReceivedPayment receive(String invoiceNumber, BigDecimal amount, String currency, LocalDate valueDate,
                                   String reference, String receivedBy) {
        if (invoiceNumber == null || invoiceNumber.isBlank()) throw new InvalidRequest("invoiceNumber", "is required");
        if (amount == null || amount.signum() <= 0) throw new InvalidRequest("amount", "must be positive");
        if (currency == null || currency.isBlank()) throw new InvalidRequest("currency", "is required");
        Receivable receivable = lockedReceivable(invoiceNumber.trim())
                .orElseThrow(() -> new InvalidRequest("invoiceNumber", "no invoice paid on account has number " + invoiceNumber));
        if (!receivable.currency().equals(currency)) {
            throw new InvalidRequest("currency", "is " + currency + ", invoice " + receivable.invoiceNumber() + " is in "
                    + receivable.currency());
        }
        Money money = exact(amount, receivable.currency());
        if (money == null) throw new InvalidRequest("amount", "has more decimals than " + currency + " allows");
        if (money.compareTo(receivable.openAmount()) > 0) {
            throw new InvalidRequest("amount", amount.toPlainString() + " is more than the " + receivable.openAmount().amount()
                    .toPlainString() + " open on invoice " + receivable.invoiceNumber());
        }
        return apply(receivable, money, valueDate, ReceivedPayment.Source.REST, reference, receivedBy);
    }

    /**
     * Imports a camt.053 statement: each credit entry once per its bank reference (a statement imported twice applies
     * nothing twice), matched to the invoice number in its remittance text and applied; an entry that matches no open
     * invoice, or cannot be applied whole (another currency, more than open), is kept as unmatched for finance.
     */
    @Transactional
    public List<ImportedEntry> importStatement(List<Camt053.Statement> statements, String importedBy) {
        List<ImportedEntry> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Instant now = clock.instant();
        for (Camt053.Statement statement : statements) {
            for (BankStatementEntry.StatementCredit credit : statement.credits()) {
                if (!seen.add(credit.reference()) || statementEntries.existsById(credit.reference())) {
                    result.add(new ImportedEntry(credit, Outcome.DUPLICATE, null, null, null));
                    continue;
                }
                BankStatementEntry entry = match(statement.statementId(), credit, importedBy, now);
                statementEntries.save(entry);
                result.add(new ImportedEntry(credit, entry.state() == BankStatementEntry.State.MATCHED ? Outcome.MATCHED
                        : Outcome.UNMATCHED, entry.invoiceNumber(), entry.paymentId(), entry.problem()));
            }
        }
        return result;
    }

    private BankStatementEntry match(String statementId, BankStatementEntry.StatementCredit credit, String importedBy,
                                     Instant now) {
        Matcher found = INVOICE_NUMBER.matcher(credit.remittance() == null ? ""
                : credit.remittance().toUpperCase(Locale.ROOT).replaceAll("\\s+", " "));
        String invoiceNumber = null;
        Optional<Receivable> receivable = Optional.empty();
        while (found.find() && receivable.isEmpty()) {
            invoiceNumber = found.group();
            receivable = lockedReceivable(invoiceNumber);
        }
        if (receivable.isEmpty()) {
            return BankStatementEntry.unmatched(statementId, credit, invoiceNumber,
                    invoiceNumber == null ? "no invoice number in the remittance text"
                            : "no invoice paid on account has number " + invoiceNumber, importedBy, now);
        }
        Receivable open = receivable.get();
        Money money = open.currency().equals(credit.currency()) ? exact(credit.amount(), open.currency()) : null;
        if (money == null) {
            return BankStatementEntry.unmatched(statementId, credit, open.invoiceNumber(), "the entry is in "
                    + credit.currency() + ", the invoice in " + open.currency(), importedBy, now);
        }
        if (money.compareTo(open.openAmount()) > 0) {
            return BankStatementEntry.unmatched(statementId, credit, open.invoiceNumber(), "the entry's "
                    + credit.amount().toPlainString() + " is more than the " + open.openAmount().amount().toPlainString()
                    + " open", importedBy, now);
        }
        ReceivedPayment payment = apply(open, money, credit.valueDate(), ReceivedPayment.Source.BANK_STATEMENT,
                credit.reference(), importedBy);
        return BankStatementEntry.matched(statementId, credit, payment, importedBy, now);
    }

    private ReceivedPayment apply(Receivable receivable, Money amount, LocalDate valueDate, ReceivedPayment.Source source,
                                  String reference, String receivedBy) {
        Instant now = clock.instant();
        receivable.pay(amount);
        ReceivedPayment payment = received.save(ReceivedPayment.of(receivable, amount.amount(), valueDate, source,
                reference, receivedBy, now));
        Payment order = payments.find(receivable.orderId()).orElseThrow();
        outbox.append(new PaymentReceived(UUID.randomUUID(), now, receivable.orderId().value(),
                payment.paymentId(), receivable.invoiceNumber(), receivable.currency(), amount.amount(),
                receivable.openAmount().amount(), source.name(), reference));
        postings.paymentReceived(receivable, payment, taxes.issuer(order));
        return payment;
    }

    /**
     * Raises one invoice to the highest dunning level it has reached on {@code today} (due date + the level's
     * {@code after}), once: a run that finds it at that level already, or nothing open, does nothing. Several levels
     * passed at once give one notice, of the highest, with that level's fee.
     *
     * @return the level it was raised to, if any
     */
    @Transactional
    public Optional<Integer> remind(String invoiceNumber, LocalDate today, List<DunningProperties.Level> levels) {
        Receivable receivable = lockedReceivable(invoiceNumber).orElseThrow();
        if (!receivable.openAmount().isPositive()) return Optional.empty();
        int reached = 0;
        for (int i = 0; i < levels.size(); i++) {
            if (!today.isBefore(receivable.dueDate().plusDays(levels.get(i).after().toDays()))) reached = i + 1;
        }
        if (reached <= receivable.dunningLevel()) return Optional.empty();
        DunningProperties.Level level = levels.get(reached - 1);
        Money fee = level.fee() == null ? receivable.money(BigDecimal.ZERO) : receivable.money(level.fee());
        LocalDate payBy = today.plusDays(level.payWithin().toDays());
        receivable.remind(reached, fee, payBy);
        Instant now = clock.instant();
        Payment order = payments.find(receivable.orderId()).orElseThrow();
        postings.dunningFee(receivable, UUID.nameUUIDFromBytes((receivable.invoiceNumber() + ":dunning:" + reached)
                .getBytes(StandardCharsets.UTF_8)), fee.amount(), taxes.issuer(order));
        outbox.append(new DunningNoticeIssued(UUID.randomUUID(), now, receivable.orderId().value(),
                receivable.invoiceNumber(), reached, receivable.currency(), receivable.openAmount().amount(), fee.amount(),
                payBy));
        return Optional.of(reached);
    }

    /** The invoices paid on account, still open and due before {@code today}. */
    @Transactional(readOnly = true)
    public List<String> overdue(LocalDate today) {
        return receivables.findOverdue(today);
    }

    /** Finance writes off what is open: 404 for an unknown invoice, 409 when nothing is open. */
    @Transactional
    public Receivable writeOff(String invoiceNumber, String reason, String writtenOffBy) {
        if (reason == null || reason.isBlank()) throw new InvalidRequest("reason", "is required");
        if (reason.length() > 1000) throw new InvalidRequest("reason", "is longer than 1000 characters");
        Receivable receivable = lockedReceivable(invoiceNumber)
                .orElseThrow(() -> new ResourceNotFound("no invoice paid on account has number " + invoiceNumber));
        Money amount;
        try {
            amount = receivable.writeOff();
        } catch (Receivable.Refused refused) {
            throw new StateConflict(refused.getMessage());
        }
        Instant now = clock.instant();
        Payment order = payments.find(receivable.orderId()).orElseThrow();
        outbox.append(new ReceivableWrittenOff(UUID.randomUUID(), now, receivable.orderId().value(),
                receivable.invoiceNumber(), receivable.currency(), amount.amount(), reason, writtenOffBy));
        postings.writtenOff(receivable, amount.amount(), taxes.issuer(order));
        return receivable;
    }

    @Transactional(readOnly = true)
    public ReceivableDetails find(String invoiceNumber) {
        Receivable receivable = receivables.findById(invoiceNumber)
                .orElseThrow(() -> new ResourceNotFound("no invoice paid on account has number " + invoiceNumber));
        return new ReceivableDetails(receivable, received.findByInvoiceNumberOrderByReceivedAtAsc(invoiceNumber));
    }

    @Transactional(readOnly = true)
    public List<BankStatementEntry> unmatched() {
        return statementEntries.findByStateOrderByImportedAtAscEntryReferenceAsc(BankStatementEntry.State.UNMATCHED.name());
    }

    /**
     * The receivable with its row locked until commit: payments, the dunning run and write-offs of one invoice follow
     * each other (a refund crediting it waits at its row too).
     */
    private Optional<Receivable> lockedReceivable(String invoiceNumber) {
        return receivables.findLocked(invoiceNumber);
    }

    /** The amount at the currency's minor unit, or null when it has more decimals than that. */
    private static Money exact(BigDecimal amount, String currency) {
        Currency money = Currency.getInstance(currency);
        if (amount.stripTrailingZeros().scale() > Money.minorDigits(money)) return null;
        return Money.of(amount, money);
    }

    public enum Outcome { MATCHED, UNMATCHED, DUPLICATE }

    /** What the import did with one credit entry. */
    public record ImportedEntry(BankStatementEntry.StatementCredit credit, Outcome outcome, String invoiceNumber,
                                UUID paymentId, String problem) {
    }

    public record ReceivableDetails(Receivable receivable, List<ReceivedPayment> payments) {
    }
}
