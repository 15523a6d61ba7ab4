package com.omnidom.payment.payments.application;

import com.omnidom.events.payment.ChargebackAccepted;
import com.omnidom.events.payment.ChargebackContested;
import com.omnidom.events.payment.ChargebackOpened;
import com.omnidom.events.payment.ChargebackResolved;
import com.omnidom.payment.payments.domain.Capture;
import com.omnidom.payment.payments.domain.Captures;
import com.omnidom.payment.payments.domain.Chargeback;
import com.omnidom.payment.payments.domain.Chargebacks;
import com.omnidom.payment.payments.domain.Journal;
import com.omnidom.payment.payments.domain.OrderId;
import com.omnidom.payment.payments.domain.Payment;
import com.omnidom.payment.payments.domain.Payments;
import com.omnidom.payment.payments.domain.TenderPayment;
import com.omnidom.platform.outbox.Outbox;
import com.omnidom.platform.web.InvalidRequest;
import com.omnidom.platform.web.ResourceNotFound;
import com.omnidom.platform.web.StateConflict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Chargeback cases: opened and resolved by the PSP's (verified) notifications, accepted or contested by finance. Each
 * step locks the order's payment row (so one order's events follow its commits), records the case, its postings and
 * its event in one transaction. One case per dispute: a notification sent again finds it and changes nothing.
 */
@Service
public class ChargebackCases {

    private static final Logger log = LoggerFactory.getLogger(ChargebackCases.class);
    private static final int MAX_EVIDENCE = 10_000;

    private final Chargebacks chargebacks;
    private final Captures captures;
    private final Payments payments;
    private final InvoiceTaxes taxes;
    private final Postings postings;
    private final Outbox outbox;
    private final Clock clock;
    private final PaymentGateway gateway;

    public ChargebackCases(Chargebacks chargebacks, Captures captures, Payments payments, InvoiceTaxes taxes,
                           Postings postings, Outbox outbox, Clock clock, PaymentGateway gateway) {
        this.gateway = gateway;
        this.chargebacks = chargebacks;
        this.captures = captures;
        this.payments = payments;
        this.taxes = taxes;
        this.postings = postings;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The PSP reports a dispute of one of our card captures ({@code pspReference}). */
    @Transactional
    public Chargeback opened(String disputeId, String pspReference, BigDecimal amount, String currency, String reason) {
        var known = chargebacks.findByDisputeId(disputeId);
        if (known.isPresent()) return known.get();
        Capture capture = captures.findByPspReference(pspReference)
                .orElseThrow(() -> new ResourceNotFound("no capture with PSP reference " + pspReference));
        Payment payment = payments.lock(new OrderId(capture.orderId())).orElseThrow();
        // a racing delivery of the same dispute waited for the lock: it finds the case now
        known = chargebacks.findByDisputeId(disputeId);
        if (known.isPresent()) return known.get();
        TenderPayment part = capture.parts().stream().filter(p -> pspReference.equals(p.pspReference())).findFirst().orElseThrow();
        if (!payment.currency().equals(currency)) {
            throw new InvalidRequest("dispute.currency", "is " + currency + ", the order was paid in " + payment.currency());
        }
        if (amount.signum() <= 0 || amount.compareTo(part.amount()) > 0) {
            throw new InvalidRequest("dispute.amount", amount.toPlainString() + " is not within 0 < amount <= "
                    + part.amount().toPlainString() + " captured");
        }
        Instant now = clock.instant();
        Chargeback chargeback = chargebacks.saveAndFlush(Chargeback.open(disputeId, payment.orderId(), part.tenderId(),
                pspReference, currency, amount, reason == null || reason.isBlank() ? "unknown" : reason, now));
        postings.chargeback(Journal.Kind.CHARGEBACK, chargeback, taxes.issuer(payment));
        outbox.append(new ChargebackOpened(UUID.randomUUID(), now, chargeback.orderId().value(), chargeback.chargebackId(),
                disputeId, pspReference, chargeback.tenderId(), currency, amount, chargeback.reason()));
        log.info("chargeback {} opened for order {}: dispute {} of {} {} ({})", chargeback.chargebackId(),
                chargeback.orderId(), disputeId, amount, currency, chargeback.reason());
        return chargeback;
    }

    /** The PSP's decision: WON brings the money back to clearing, LOST writes it off (unless finance accepted it already). */
    @Transactional
    public Chargeback resolved(String disputeId, boolean won) {
        Chargeback chargeback = chargebacks.findByDisputeId(disputeId)
                .orElseThrow(() -> new ResourceNotFound("no chargeback for dispute " + disputeId));
        Payment payment = payments.lock(chargeback.orderId()).orElseThrow();
        chargebacks.flush();
        Instant now = clock.instant();
        if (!chargeback.resolve(won, now)) {
            log.info("chargeback {} is {} already; the PSP's {} changes nothing", chargeback.chargebackId(),
                    chargeback.state(), won ? "WON" : "LOST");
            return chargeback;
        }
        chargebacks.saveAndFlush(chargeback);
        if (!won) payment.noteChargedBack(chargeback.tenderId(), chargeback.amount());
        postings.chargeback(won ? Journal.Kind.CHARGEBACK_REVERSAL : Journal.Kind.CHARGEBACK_LOSS, chargeback,
                taxes.issuer(payment));
        outbox.append(new ChargebackResolved(UUID.randomUUID(), now, chargeback.orderId().value(), chargeback.chargebackId(),
                disputeId, chargeback.state().name(), chargeback.currency(), chargeback.amount()));
        return chargeback;
    }

    /** Finance gives the money up: written off as a chargeback loss. */
    @Transactional
    public Chargeback accept(UUID chargebackId, String by) {
        Chargeback chargeback = find(chargebackId);
        Payment payment = payments.lock(chargeback.orderId()).orElseThrow();
        Instant now = clock.instant();
        try {
            chargeback.accept(by, now);
        } catch (Chargeback.Refused refused) {
            throw new StateConflict(refused.getMessage());
        }
        chargebacks.saveAndFlush(chargeback);
        // the cardholder has this money back: a later return must not refund it to the card again
        payment.noteChargedBack(chargeback.tenderId(), chargeback.amount());
        postings.chargeback(Journal.Kind.CHARGEBACK_LOSS, chargeback, taxes.issuer(payment));
        outbox.append(new ChargebackAccepted(UUID.randomUUID(), now, chargeback.orderId().value(), chargebackId,
                chargeback.disputeId(), chargeback.currency(), chargeback.amount(), by));
        return chargeback;
    }

    /** Finance fights it with evidence; the PSP's decision follows (no money moves until then). */
    @Transactional
    public Chargeback contest(UUID chargebackId, String evidence, String by) {
        if (evidence == null || evidence.isBlank()) throw new InvalidRequest("evidence", "is required to contest");
        if (evidence.length() > MAX_EVIDENCE) throw new InvalidRequest("evidence", "is longer than " + MAX_EVIDENCE + " characters");
        Chargeback chargeback = find(chargebackId);
        payments.lock(chargeback.orderId()).orElseThrow();
        Instant now = clock.instant();
        try {
            chargeback.contest(evidence, by, now);
        } catch (Chargeback.Refused refused) {
            throw new StateConflict(refused.getMessage());
        }
        chargebacks.saveAndFlush(chargeback);
        outbox.append(new ChargebackContested(UUID.randomUUID(), now, chargeback.orderId().value(), chargebackId,
                chargeback.disputeId(), by));
        return chargeback;
    }

    /**
     * Sends a contested case's evidence to the PSP, after the decision committed (no transaction held during the
     * call), idempotent by {@code <chargebackId>:evidence} with the client's retries; notes when the PSP took it. A PSP
     * that stays unavailable leaves it unsent (logged, {@code evidenceSubmittedAt} null).
     */
    public Chargeback submitEvidence(UUID chargebackId) {
        Chargeback chargeback = find(chargebackId);
        if (chargeback.evidence() == null || chargeback.evidenceSubmittedAt() != null) return chargeback;
        try {
            gateway.submitEvidence(chargebackId + ":evidence", chargeback.disputeId(), chargeback.evidence());
        } catch (PaymentGateway.Unavailable | PaymentGateway.Refused e) {
            log.warn("evidence of chargeback {} not sent to the PSP: {}", chargebackId, e.getMessage());
            return chargeback;
        }
        chargeback.evidenceSubmitted(clock.instant());
        return chargebacks.save(chargeback);
    }

    @Transactional(readOnly = true)
    public Chargeback find(UUID chargebackId) {
        return chargebacks.findById(chargebackId)
                .orElseThrow(() -> new ResourceNotFound("no chargeback " + chargebackId));
    }
}
