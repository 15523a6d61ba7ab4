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
    private final PspIntents intents;
    private final PspIntentProperties settings;
    private final Outbox outbox;
    private final Clock clock;

    public CaptureFulfillment(Payments payments, Captures captures, Invoices invoices, PspIntents intents,
                              PspIntentProperties settings, Outbox outbox, Clock clock) {
        this.payments = payments;
        this.captures = captures;
        this.invoices = invoices;
        this.intents = intents;
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Books the capture on the payment. Without card parts it is recorded at once; with them, a PSP intent is
     * recorded instead, to be finished after commit.
     *
     * @return the intent to finish at the PSP, if any
     */
    @Transactional
    public Optional<UUID> capture(OrderId orderId, UUID fulfillmentId, List<LineQuantity> items) {
        Payment payment = payments.lock(orderId)
                .orElseThrow(() -> new PrerequisiteMissing("no OrderAccepted yet for order " + orderId
                        + ", needed to capture fulfilment " + fulfillmentId));
        if (captures.existsByFulfillmentId(fulfillmentId) || intents.existsByKindAndSubjectId(PspIntent.Kind.CAPTURE, fulfillmentId)) {
            log.info("fulfilment {} of order {} was captured before; not again", fulfillmentId, orderId);
            return Optional.empty();
        }
        CapturePlan plan = payment.planCapture(items);
        payment.noteCaptured(plan);
        // the payment's UPDATE (version check) before the events, so one order's events follow its commits
        payments.flush();
        if (plan.parts().stream().anyMatch(part -> part.type().viaPsp())) {
            Instant now = clock.instant();
            return Optional.of(intents.saveAndFlush(PspIntent.of(PspIntent.Kind.CAPTURE, payment, fulfillmentId,
                    plan.items(), plan.parts(), plan.lines(), null, now, settings.grace())).intentId());
        }
        record(orderId, fulfillmentId, payment.currency(), plan.amount().amount(), bookedHere(plan.parts()), plan.lines());
        return Optional.empty();
    }

    /** Records a capture booked with {@code intent} whose card parts the PSP has done ({@code parts} with its ids). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(PspIntent intent, List<TenderPayment> parts) {
        record(intent.orderId(), intent.subjectId(), intent.currency(), intent.amount(), parts, intent.invoiceLines());
    }

    private void record(OrderId orderId, UUID fulfillmentId, String currency, BigDecimal amount, List<TenderPayment> parts,
                        List<Invoicing.InvoiceLine> lines) {
        Instant now = clock.instant();
        Capture capture = captures.save(Capture.of(orderId, fulfillmentId, currency, amount, parts, now));
        Invoice invoice = invoices.save(Invoice.issue(invoices.nextInvoiceNumber(), orderId, fulfillmentId, currency,
                lines, now));
        captures.flush();
        outbox.append(new PaymentCaptured(UUID.randomUUID(), now, orderId.value(), fulfillmentId, currency,
                capture.amount(), parts.stream().map(CaptureFulfillment::toContract).toList()));
        outbox.append(new InvoiceIssued(UUID.randomUUID(), now, orderId.value(), invoice.invoiceId(),
                invoice.invoiceNumber(), fulfillmentId, currency, invoice.net(), invoice.tax(), invoice.gross()));
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
