package com.omnidom.payment.payments.application;

import com.omnidom.events.payment.CreditNoteIssued;
import com.omnidom.events.payment.RefundIssued;
import com.omnidom.kernel.Money;
import com.omnidom.payment.payments.domain.CreditNote;
import com.omnidom.payment.payments.domain.CreditNotes;
import com.omnidom.payment.payments.domain.Crediting;
import com.omnidom.payment.payments.domain.Invoices;
import com.omnidom.payment.payments.domain.Invoicing;
import com.omnidom.payment.payments.domain.LineQuantity;
import com.omnidom.payment.payments.domain.OrderId;
import com.omnidom.payment.payments.domain.Payment;
import com.omnidom.payment.payments.domain.PaymentRuleViolation;
import com.omnidom.payment.payments.domain.Payments;
import com.omnidom.payment.payments.domain.PspIntent;
import com.omnidom.payment.payments.domain.PspIntents;
import com.omnidom.payment.payments.domain.Refund;
import com.omnidom.payment.payments.domain.Refunds;
import com.omnidom.payment.payments.domain.TenderAllocation;
import com.omnidom.payment.payments.domain.TenderPayment;
import com.omnidom.payment.payments.domain.TenderType;
import com.omnidom.payment.taxes.domain.TaxZones;
import com.omnidom.platform.events.PrerequisiteMissing;
import com.omnidom.platform.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Refunds a received return to the order's tenders in reverse capture order (card first, via the PSP with key
 * {@code <returnId>:<tenderId>}; gift card and points booked here). Never more than was captured and not yet
 * refunded. Returned units whose shipment's capture has not been booked yet (the fulfilment topic lags), or whose
 * card capture is still waiting for the PSP, wait. With a card part, {@link #refund} books it and records a
 * {@link PspIntent}; the PSP is called after commit and {@link #complete} records the refund and its event.
 * With the refund comes the return's credit note: the returned units at the rates of the invoices that billed them
 * ({@link Crediting}), numbered from the credit note range of the order's tax country, and {@code CreditNoteIssued}.
 */
@Service
public class RefundReturn {

    private static final Logger log = LoggerFactory.getLogger(RefundReturn.class);

    private final Payments payments;
    private final Refunds refunds;
    private final Invoices invoices;
    private final CreditNotes creditNotes;
    private final InvoiceTaxes taxes;
    private final DocumentNumbers numbers;
    private final PspIntents intents;
    private final PspIntentProperties settings;
    private final Postings postings;
    private final Outbox outbox;
    private final Clock clock;
    private final ChargeProperties charges;
    private final AccountsReceivable receivables;
    private final DocumentMail mail;

    private final TenderProperties tenders;

    private final GiftCardLedger giftCards;
    private final LoyaltyLedger points;

    public RefundReturn(Payments payments, Refunds refunds, Invoices invoices, CreditNotes creditNotes, InvoiceTaxes taxes,
                        DocumentNumbers numbers, PspIntents intents, PspIntentProperties settings, Postings postings,
                        Outbox outbox, Clock clock, ChargeProperties charges, AccountsReceivable receivables,
                        DocumentMail mail, TenderProperties tenders, GiftCardLedger giftCards,
                              LoyaltyLedger points) {
        this.giftCards = giftCards;
        this.points = points;
        this.tenders = tenders;
        this.mail = mail;
        this.charges = charges;
        this.receivables = receivables;
        this.postings = postings;
        this.payments = payments;
        this.refunds = refunds;
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.taxes = taxes;
        this.numbers = numbers;
        this.intents = intents;
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return the intent to finish at the PSP, if any */
    @Transactional
    public Optional<UUID> refund(OrderId orderId, UUID returnId, String currency, BigDecimal refundAmount,
                                 List<LineQuantity> returnedUnits) {
        Payment payment = payments.lock(orderId)
                .orElseThrow(() -> new PrerequisiteMissing("no OrderAccepted yet for order " + orderId
                        + ", needed to refund return " + returnId));
        if (refunds.existsByReturnId(returnId) || intents.existsByKindAndSubjectId(PspIntent.Kind.REFUND, returnId)) {
            log.info("return {} of order {} was refunded before; not again", returnId, orderId);
            return Optional.empty();
        }
        if (!payment.currency().equals(currency)) {
            throw new PaymentRuleViolation("return " + returnId + " is in " + currency + " but order " + orderId
                    + " was paid in " + payment.currency());
        }
        if (payment.awaitsCaptureOf(returnedUnits)) {
            throw new PrerequisiteMissing("return " + returnId + " of order " + orderId
                    + " holds units whose capture has not been booked yet");
        }
        // the return of the last units brings the order's charges back too (policy): refunded and credited like a unit
        List<LineQuantity> chargesBack = payment.chargesToRefund(returnedUnits,
                charges.refundOnReturn() == ChargeProperties.RefundOnReturn.WHEN_ALL_RETURNED);
        List<LineQuantity> returned = new ArrayList<>(returnedUnits);
        returned.addAll(chargesBack);
        BigDecimal amount = chargesBack.isEmpty() ? refundAmount : refundAmount.add(payment.grossOf(chargesBack));
        List<TenderAllocation.Part> plan = payment.planRefund(amount, returned, tenders.order());
        List<Invoicing.InvoiceLine> credited = creditLines(orderId, returnId, payment.currency(), returned);
        boolean viaPsp = plan.stream().anyMatch(part -> part.type().viaPsp());
        // the PSP refunds only what it captured: a card capture still waiting for it comes first
        if (viaPsp && intents.existsByOrderIdAndKindAndState(orderId.value(), PspIntent.Kind.CAPTURE, PspIntent.State.PENDING)) {
            throw new PrerequisiteMissing("return " + returnId + " of order " + orderId
                    + " waits for a card capture of the order still pending at the PSP");
        }
        payment.noteRefunded(returned, plan, tenders.order());
        payments.flush();
        if (viaPsp) {
            return Optional.of(intents.saveAndFlush(PspIntent.of(PspIntent.Kind.REFUND, payment, returnId, returned, plan,
                    credited, null, clock.instant(), settings.grace())).intentId());
        }
        record(payment, returnId, plan.stream().map(TenderAllocation.Part::amount).reduce(Money::plus).orElseThrow()
                .amount(), CaptureFulfillment.bookedHere(plan), credited);
        return Optional.empty();
    }

    /**
     * The credit note's lines, fixed with the booking (like a capture's invoice lines): units credited by earlier
     * credit notes, and by refunds still waiting for the PSP, are skipped.
     */
    private List<Invoicing.InvoiceLine> creditLines(OrderId orderId, UUID returnId, String currency, List<LineQuantity> returned) {
        List<Invoicing.InvoiceLine> before = new ArrayList<>();
        creditNotes.findByOrderIdOrderByIssuedAtAscCreditNoteNumberAsc(orderId.value()).forEach(note -> before.addAll(note.lines()));
        intents.findByOrderIdAndKindAndState(orderId.value(), PspIntent.Kind.REFUND, PspIntent.State.PENDING).stream()
                .filter(intent -> intent.invoiceLines() != null).forEach(intent -> before.addAll(intent.invoiceLines()));
        return Crediting.lines(returned, invoices.findByOrderIdOrderByIssuedAtAscInvoiceNumberAsc(orderId.value()), before,
                currency).orElseThrow(() -> new PrerequisiteMissing("return " + returnId + " of order " + orderId
                + " holds units whose invoice has not been issued yet (its capture waits for the PSP)"));
    }

    /** Records a refund booked with {@code intent} whose card parts the PSP has done ({@code parts} with its ids). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(PspIntent intent, List<TenderPayment> parts) {
        // refunds recorded before credit notes were kept have no lines: no credit note
        record(payments.find(intent.orderId()).orElseThrow(), intent.subjectId(), intent.amount(), parts,
                intent.invoiceLines() == null ? List.of() : intent.invoiceLines());
    }

    private void record(Payment payment, UUID returnId, BigDecimal amount, List<TenderPayment> parts,
                        List<Invoicing.InvoiceLine> credited) {
        Instant now = clock.instant();
        OrderId orderId = payment.orderId();
        String currency = payment.currency();
        Refund refund = refunds.saveAndFlush(Refund.of(orderId, returnId, currency, amount, parts, now));
        giftCards.refunded(orderId, currency, parts, tenderId -> payment.tender(tenderId).reference());
        points.refunded(orderId, currency, parts, tenderId -> payment.tender(tenderId).reference());
        outbox.append(new RefundIssued(UUID.randomUUID(), now, orderId.value(), returnId, currency, refund.amount(),
                parts.stream().map(CaptureFulfillment::toContract).toList()));
        var issuer = taxes.issuer(payment);
        postings.refunded(orderId, currency, refund, issuer);
        // the part "refunded" on account pays nothing out: the customer owes that much less on the order's invoices
        parts.stream().filter(part -> part.type() == TenderType.ON_ACCOUNT).map(TenderPayment::amount)
                .reduce(BigDecimal::add).filter(credit -> credit.signum() > 0)
                .ifPresent(credit -> receivables.credit(orderId, Money.of(credit, Currency.getInstance(currency))));
        if (credited.isEmpty()) return;
        String country = taxes.country(payment);
        String number = numbers.next(issuer.id(), country, DocumentNumbers.Kind.CN, TaxZones.day(now, country).getYear());
        CreditNote note = creditNotes.saveAndFlush(CreditNote.issue(number, issuer.id(), country, orderId, returnId,
                currency, credited, now));
        outbox.append(new CreditNoteIssued(UUID.randomUUID(), now, orderId.value(), note.creditNoteId(),
                note.creditNoteNumber(), returnId, note.invoiceNumbers(), currency, note.net(), note.tax(), note.gross()));
        mail.creditNoteIssued(payment, note, now);
        postings.creditNoteIssued(note, issuer);
    }
}
