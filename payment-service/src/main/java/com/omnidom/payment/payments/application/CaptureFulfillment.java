package com.omnidom.payment.payments.application;

import com.omnidom.events.payment.InvoiceIssued;
import com.omnidom.events.payment.PaymentCaptured;
import com.omnidom.events.payment.TenderAmount;
import com.omnidom.payment.payments.domain.Capture;
import com.omnidom.payment.payments.domain.CapturePlan;
import com.omnidom.payment.payments.domain.Captures;
import com.omnidom.payment.payments.domain.Invoice;
import com.omnidom.payment.payments.domain.Invoices;
import com.omnidom.payment.payments.domain.LineQuantity;
import com.omnidom.payment.payments.domain.OrderId;
import com.omnidom.payment.payments.domain.Payment;
import com.omnidom.payment.payments.domain.Payments;
import com.omnidom.payment.payments.domain.TenderPayment;
import com.omnidom.platform.events.PrerequisiteMissing;
import com.omnidom.platform.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Captures the shipped (or picked-up) lines of one fulfilment order: card parts at the PSP, the others booked
 * here; then the capture, the invoice and their events commit together. One capture per fulfilment: a repeated
 * event finds it and does nothing. The PSP is called inside the transaction with the key
 * {@code <fulfillmentId>:<tenderId>}, so a rolled-back attempt retried later gets the PSP's first answer back.
 * The payment's row is locked from plan to commit, so a cancel of the same order racing this capture waits and
 * then releases only what this capture left.
 */
@Service
public class CaptureFulfillment {

    private static final Logger log = LoggerFactory.getLogger(CaptureFulfillment.class);

    private final Payments payments;
    private final Captures captures;
    private final Invoices invoices;
    private final PaymentGateway gateway;
    private final Outbox outbox;
    private final Clock clock;

    public CaptureFulfillment(Payments payments, Captures captures, Invoices invoices, PaymentGateway gateway,
                              Outbox outbox, Clock clock) {
        this.payments = payments;
        this.captures = captures;
        this.invoices = invoices;
        this.gateway = gateway;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public void capture(OrderId orderId, UUID fulfillmentId, List<LineQuantity> items) {
        if (captures.existsByFulfillmentId(fulfillmentId)) {
            log.info("fulfilment {} of order {} was captured before; not again", fulfillmentId, orderId);
            return;
        }
        Payment payment = payments.lock(orderId)
                .orElseThrow(() -> new PrerequisiteMissing("no OrderAccepted yet for order " + orderId
                        + ", needed to capture fulfilment " + fulfillmentId));
        CapturePlan plan = payment.planCapture(items);
        String currency = payment.currency();
        List<TenderPayment> parts = plan.parts().stream().map(part -> new TenderPayment(part.tenderId(), part.type(),
                part.amount().amount(), part.type().viaPsp()
                        ? gateway.capture(fulfillmentId + ":" + part.tenderId(), payment.tender(part.tenderId()).reference(),
                        part.amount().amount(), currency)
                        : null)).toList();
        payment.noteCaptured(plan);
        // the payment's UPDATE (version check) before the events, so one order's events follow its commits
        payments.flush();
        Instant now = clock.instant();
        Capture capture = captures.save(Capture.of(orderId, fulfillmentId, currency, plan.amount().amount(), parts, now));
        Invoice invoice = invoices.save(Invoice.issue(invoices.nextInvoiceNumber(), orderId, fulfillmentId, currency,
                plan.lines(), now));
        captures.flush();
        outbox.append(new PaymentCaptured(UUID.randomUUID(), now, orderId.value(), fulfillmentId, currency,
                capture.amount(), parts.stream().map(CaptureFulfillment::toContract).toList()));
        outbox.append(new InvoiceIssued(UUID.randomUUID(), now, orderId.value(), invoice.invoiceId(),
                invoice.invoiceNumber(), fulfillmentId, currency, invoice.net(), invoice.tax(), invoice.gross()));
    }

    static TenderAmount toContract(TenderPayment part) {
        return new TenderAmount(part.tenderId(), part.type().name(), part.amount(), part.pspReference());
    }
}
