package com.omnidom.payment.payments.application;

import com.omnidom.events.payment.JournalEntryPosted;
import com.omnidom.payment.payments.domain.Capture;
import com.omnidom.payment.payments.domain.Chargeback;
import com.omnidom.payment.payments.domain.CreditNote;
import com.omnidom.payment.payments.domain.Invoice;
import com.omnidom.payment.payments.domain.Journal;
import com.omnidom.payment.payments.domain.JournalEntries;
import com.omnidom.payment.payments.domain.JournalEntry;
import com.omnidom.payment.payments.domain.OrderId;
import com.omnidom.payment.payments.domain.Receivable;
import com.omnidom.payment.payments.domain.ReceivedPayment;
import com.omnidom.payment.payments.domain.Refund;
import com.omnidom.payment.taxes.domain.TaxZones;
import com.omnidom.platform.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Posts each financial fact as a balanced journal entry ({@link Journal}) in the fact's own transaction, and publishes
 * it ({@code JournalEntryPosted} on {@code finance.postings.v1}) through the outbox: a fact without its entry, or an
 * entry without its fact, cannot commit. The business day is the posting day in the issuing company's country.
 */
@Service
public class Postings {

    private final JournalEntries journal;
    private final AccountProperties accounts;
    private final Outbox outbox;
    private final Clock clock;

    public Postings(JournalEntries journal, AccountProperties accounts, Outbox outbox, Clock clock) {
        this.journal = journal;
        this.accounts = accounts;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void invoiceIssued(Invoice invoice, CompanyProperties.Company issuer) {
        post(new OrderId(invoice.orderId()), issuer, Journal.Kind.INVOICE, invoice.invoiceId(), invoice.invoiceNumber(),
                invoice.currency(), Journal.invoice(accounts, invoice.gross(), invoice.taxes()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void captured(OrderId orderId, Capture capture, CompanyProperties.Company issuer) {
        post(orderId, issuer, Journal.Kind.CAPTURE, capture.captureId(), null, capture.currency(),
                Journal.capture(accounts, capture.parts()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void refunded(OrderId orderId, String currency, Refund refund, CompanyProperties.Company issuer) {
        post(orderId, issuer, Journal.Kind.REFUND, refund.refundId(), null, currency, Journal.refund(accounts, refund.parts()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void creditNoteIssued(CreditNote note, CompanyProperties.Company issuer) {
        post(new OrderId(note.orderId()), issuer, Journal.Kind.CREDIT_NOTE, note.creditNoteId(), note.creditNoteNumber(),
                note.currency(), Journal.creditNote(accounts, note.gross(), note.taxes()));
    }

    /** Opened: the PSP took the money back, the debtor owes it again; lost or accepted: written off; won: back in clearing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void chargeback(Journal.Kind kind, Chargeback chargeback, CompanyProperties.Company issuer) {
        List<Journal.Line> lines = switch (kind) {
            case CHARGEBACK -> Journal.chargebackOpened(accounts, chargeback.amount());
            case CHARGEBACK_LOSS -> Journal.chargebackLost(accounts, chargeback.amount());
            case CHARGEBACK_REVERSAL -> Journal.chargebackWon(accounts, chargeback.amount());
            default -> throw new IllegalArgumentException(kind + " is no chargeback posting");
        };
        post(chargeback.orderId(), issuer, kind, chargeback.chargebackId(), null, chargeback.currency(), lines);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void paymentReceived(Receivable receivable, ReceivedPayment payment, CompanyProperties.Company issuer) {
        post(receivable.orderId(), issuer, Journal.Kind.PAYMENT_RECEIVED, payment.paymentId(), receivable.invoiceNumber(),
                receivable.currency(), Journal.paymentReceived(accounts, payment.amount()));
    }

    /** {@code sourceId}: one per invoice and level, so a level's fee is posted once. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void dunningFee(Receivable receivable, UUID sourceId, BigDecimal fee, CompanyProperties.Company issuer) {
        post(receivable.orderId(), issuer, Journal.Kind.DUNNING_FEE, sourceId, receivable.invoiceNumber(),
                receivable.currency(), Journal.dunningFee(accounts, fee));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void writtenOff(Receivable receivable, BigDecimal amount, CompanyProperties.Company issuer) {
        post(receivable.orderId(), issuer, Journal.Kind.WRITE_OFF, UUID.randomUUID(), receivable.invoiceNumber(),
                receivable.currency(), Journal.writeOff(accounts, amount));
    }

    private void post(OrderId orderId, CompanyProperties.Company issuer, Journal.Kind kind, UUID sourceId, String document,
                      String currency, List<Journal.Line> lines) {
        if (lines.isEmpty()) return; // nothing moved (a refund of nothing): no entry
        Instant now = clock.instant();
        JournalEntry entry = journal.save(JournalEntry.post(journal.nextNumber(), orderId, issuer.id(), kind, sourceId,
                document, TaxZones.day(now, issuer.country()), currency, lines, now));
        outbox.append(new JournalEntryPosted(UUID.randomUUID(), now, orderId.value(), entry.entryId(), entry.entryNumber(),
                kind.name(), sourceId, document, issuer.id(), entry.businessDay(), currency,
                lines.stream().map(line -> new JournalEntryPosted.Line(line.account(), line.side().name(), line.amount(),
                        line.taxRate(), line.tenderType() == null ? null : line.tenderType().name())).toList()));
    }
}
