package com.omnidom.payment.payments.application;

import com.omnidom.events.payment.InvoiceIssued;
import com.omnidom.events.payment.PaymentCaptured;
import com.omnidom.events.payment.TenderAmount;
import com.omnidom.payment.payments.domain.Capture;
import com.omnidom.payment.payments.domain.CapturePlan;
import com.omnidom.payment.payments.domain.Captures;
import com.omnidom.payment.payments.domain.Invoice;
import com.omnidom.payment.payments.domain.Invoices;
import com.omnidom.payment.payments.domain.Invoicing;
import com.omnidom.payment.payments.domain.LineQuantity;
import com.omnidom.payment.payments.domain.OrderId;
import com.omnidom.payment.payments.domain.Payment;
import com.omnidom.payment.payments.domain.Payments;
import com.omnidom.payment.payments.domain.PspIntent;
import com.omnidom.payment.payments.domain.PspIntents;
import com.omnidom.payment.payments.domain.TenderAllocation;
import com.omnidom.payment.payments.domain.TenderPayment;
import com.omnidom.payment.payments.domain.TenderType;
import com.omnidom.kernel.Money;
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
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Captures the shipped (or picked-up) lines of one fulfilment order; the capture, the invoice and their events commit
 * together. One capture per fulfilment: a repeated event finds it (or its intent) and does nothing. The payment's row
 * is locked while the capture is planned and booked, so a cancel of the same order racing it waits and then releases
 * only what this capture left. Card parts go through the PSP in two steps: {@link #capture} books the capture and
 * records a {@link PspIntent} (key {@code <fulfillmentId>:<tenderId>}); after commit, {@link FinishPspIntent} calls
 * the PSP outside any transaction and {@link #complete} records the capture, the invoice and their events.
 */
@Service
public class CaptureFulfillment {

    private static final Logger log = LoggerFactory.getLogger(CaptureFulfillment.class);

    private final Payments payments;
    private final Captures captures;
    private final Invoices invoices;
    private final InvoiceTaxes taxes;
    private final DocumentNumbers numbers;
    private final PspIntents intents;
    private final PspIntentProperties settings;
    private final Postings postings;
    private final Outbox outbox;
    private final Clock clock;
    private final AccountsReceivable receivables;
    private final DocumentMail mail;

    private final TenderProperties tenders;

    private final GiftCardLedger giftCards;
    private final LoyaltyLedger points;

    public CaptureFulfillment(Payments payments, Captures captures, Invoices invoices, InvoiceTaxes taxes,
                              DocumentNumbers numbers, PspIntents intents, PspIntentProperties settings,
                              Postings postings, Outbox outbox, Clock clock, AccountsReceivable receivables,
                              DocumentMail mail, TenderProperties tenders, GiftCardLedger giftCards,
                              LoyaltyLedger points) {
        this.giftCards = giftCards;
        this.points = points;
        this.tenders = tenders;
        this.mail = mail;
        this.receivables = receivables;
        this.postings = postings;
        this.payments = payments;
        this.captures = captures;
        this.invoices = invoices;
        this.taxes = taxes;
        this.numbers = numbers;
        this.intents = intents;
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Books the capture on the payment. Without card parts it is recorded at once; with them, a PSP intent is
     * recorded instead, to be finished after commit. The invoice's rates are fixed here, from the tax rules on the
     * tax point ({@code suppliedAt}, the shipment's or pickup's time, or the order's day; see {@link InvoiceTaxes}).
     *
     * @return the intent to finish at the PSP, if any
     */
    @Transactional
    public Optional<UUID> capture(OrderId orderId, UUID fulfillmentId, List<LineQuantity> items, Instant suppliedAt) {
        Payment payment = payments.lock(orderId)
                .orElseThrow(() -> new PrerequisiteMissing("no OrderAccepted yet for order " + orderId
                        + ", needed to capture fulfilment " + fulfillmentId));
        if (captures.existsByFulfillmentId(fulfillmentId) || intents.existsByKindAndSubjectId(PspIntent.Kind.CAPTURE, fulfillmentId)) {
            log.info("fulfilment {} of order {} was captured before; not again", fulfillmentId, orderId);
            return Optional.empty();
        }
        CapturePlan plan = payment.planCapture(items, tenders.order());
        LocalDate taxPoint = taxes.taxPoint(payment, suppliedAt);
        List<Invoicing.InvoiceLine> invoiceLines = taxes.rate(payment, plan.lines(), taxPoint);
        payment.noteCaptured(plan, tenders.order());
        // the payment's UPDATE (version check) before the events, so one order's events follow its commits
        payments.flush();
        if (plan.parts().stream().anyMatch(part -> part.type().viaPsp())) {
            Instant now = clock.instant();
            return Optional.of(intents.saveAndFlush(PspIntent.of(PspIntent.Kind.CAPTURE, payment, fulfillmentId,
                    plan.items(), plan.parts(), invoiceLines, null, now, settings.grace()).withTaxPoint(taxPoint)).intentId());
        }
        record(payment, fulfillmentId, plan.amount().amount(), bookedHere(plan.parts()), invoiceLines, taxPoint);
        return Optional.empty();
    }

    /** Records a capture booked with {@code intent} whose card parts the PSP has done ({@code parts} with its ids). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(PspIntent intent, List<TenderPayment> parts) {
        Payment payment = payments.find(intent.orderId()).orElseThrow();
        // intents recorded before tax points were kept: the day the intent was recorded
        LocalDate taxPoint = intent.taxPoint() != null ? intent.taxPoint() : taxes.taxPoint(payment, intent.createdAt());
        record(payment, intent.subjectId(), intent.amount(), parts, intent.invoiceLines(), taxPoint);
    }

    private void record(Payment payment, UUID fulfillmentId, BigDecimal amount, List<TenderPayment> parts,
                        List<Invoicing.InvoiceLine> lines, LocalDate taxPoint) {
        Instant now = clock.instant();
        OrderId orderId = payment.orderId();
        String currency = payment.currency();
        String country = taxes.country(payment);
        CompanyProperties.Company issuer = taxes.issuer(payment);
        Capture capture = captures.save(Capture.of(orderId, fulfillmentId, currency, amount, parts, now));
        String number = numbers.next(issuer.id(), country, DocumentNumbers.Kind.INV, TaxZones.day(now, country).getYear());
        // the part paid on account stays open on the invoice until the customer's transfer arrives
        Money onAccount = parts.stream().filter(part -> part.type() == TenderType.ON_ACCOUNT)
                .map(part -> Money.of(part.amount(), Currency.getInstance(currency)))
                .reduce(Money.zero(Currency.getInstance(currency)), Money::plus);
        LocalDate dueDate = onAccount.isPositive() ? receivables.dueDate(now, country) : null;
        Invoice invoice = invoices.save(Invoice.issue(number, issuer.id(), country, taxPoint, orderId, fulfillmentId,
                currency, lines, now).payableBy(dueDate));
        if (dueDate != null) receivables.open(invoice, onAccount, dueDate);
        captures.flush();
        giftCards.redeemed(orderId, currency, parts, tenderId -> payment.tender(tenderId).reference());
        points.redeemed(orderId, currency, parts, tenderId -> payment.tender(tenderId).reference());
        outbox.append(new PaymentCaptured(UUID.randomUUID(), now, orderId.value(), fulfillmentId, currency,
                capture.amount(), parts.stream().map(CaptureFulfillment::toContract).toList()));
        outbox.append(new InvoiceIssued(UUID.randomUUID(), now, orderId.value(), invoice.invoiceId(),
                invoice.invoiceNumber(), fulfillmentId, currency, invoice.net(), invoice.tax(), invoice.gross(), dueDate));
        mail.invoiceIssued(payment, invoice, now);
        // the debtor owes the invoice, then the capture settles it
        postings.invoiceIssued(invoice, issuer);
        postings.captured(orderId, capture, issuer);
    }

    /** Parts without a PSP call: tenders booked here. */
    static List<TenderPayment> bookedHere(List<TenderAllocation.Part> parts) {
        return parts.stream().map(part -> new TenderPayment(part.tenderId(), part.type(), part.amount().amount(), null))
                .toList();
    }

    static TenderAmount toContract(TenderPayment part) {
        return new TenderAmount(part.tenderId(), part.type().name(), part.amount(), part.pspReference());
    }
}
