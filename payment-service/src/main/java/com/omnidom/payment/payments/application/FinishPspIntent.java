package com.omnidom.payment.payments.application;

import com.omnidom.payment.payments.domain.OrderId;
import com.omnidom.payment.payments.domain.Payment;
import com.omnidom.payment.payments.domain.Payments;
import com.omnidom.payment.payments.domain.PspIntent;
import com.omnidom.payment.payments.domain.PspIntents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Does a PSP intent's card parts at the PSP and records the outcome. The calls run outside any transaction (no
 * connection, no row lock held while the PSP thinks), each with the intent's idempotency key, so calling again — after
 * a timeout, a lost answer, a crash, or from another instance at the same time — gets the PSP's first answer and
 * never moves money twice. Then one short transaction, holding the payment's row lock (so one order's events follow
 * its commits) and the intent's, records the outcome once: the capture, release or refund with its events and the
 * intent DONE; or, for a refusal, the booking taken back and the intent FAILED. A PSP that is unavailable leaves the
 * intent pending for {@link RecoverPspIntents}. A capture from a card authorisation that expired at the PSP
 * re-authorises the card for the part's amount and captures from the new authorisation (the tender keeps it for
 * later captures and refunds); a card that declines the re-authorisation fails the intent like any refusal, with the
 * reason, for customer service.
 */
@Service
public class FinishPspIntent {

    private static final Logger log = LoggerFactory.getLogger(FinishPspIntent.class);

    private final PspIntents intents;
    private final Payments payments;
    private final PaymentGateway gateway;
    private final CaptureFulfillment captures;
    private final ReleaseAuthorization releases;
    private final RefundReturn refunds;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public FinishPspIntent(PspIntents intents, Payments payments, PaymentGateway gateway, CaptureFulfillment captures,
                           ReleaseAuthorization releases, RefundReturn refunds, PlatformTransactionManager transactions,
                           Clock clock) {
        this.intents = intents;
        this.payments = payments;
        this.gateway = gateway;
        this.captures = captures;
        this.releases = releases;
        this.refunds = refunds;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Calls the PSP for the intent and records what it answered.
     *
     * @return the intent's state afterwards: DONE, or PENDING while the PSP is unavailable
     * @throws PaymentGateway.Refused when the PSP refused (the intent is FAILED and the booking taken back)
     */
    public PspIntent.State finish(UUID intentId) {
        PspIntent intent = intents.findById(intentId).orElseThrow();
        if (!intent.pending()) return intent.state();
        Map<String, String> references = new LinkedHashMap<>();
        Map<String, String> reauthorized = new LinkedHashMap<>();
        try {
            for (PspIntent.Part part : intent.pspParts()) {
                references.put(part.tenderId(), call(intent.kind(), part, intent.currency(), reauthorized));
            }
        } catch (PaymentGateway.Unavailable unavailable) {
            log.warn("{} {} of order {} not done at the PSP yet ({}); the intent stays pending", intent.kind(),
                    intent.subjectId(), intent.orderId(), unavailable.getMessage());
            intents.noteUnavailable(intentId, unavailable.getMessage());
            return PspIntent.State.PENDING;
        } catch (PaymentGateway.Refused refused) {
            String error = refused.getMessage() + (references.isEmpty() ? "" : "; done at the PSP before: " + references);
            transactions.executeWithoutResult(status -> fail(intent.orderId(), intentId, error));
            throw refused;
        }
        transactions.executeWithoutResult(status -> complete(intent.orderId(), intentId, references, reauthorized));
        return PspIntent.State.DONE;
    }

    private String call(PspIntent.Kind kind, PspIntent.Part part, String currency, Map<String, String> reauthorized) {
        return switch (kind) {
            case CAPTURE -> capture(part, currency, reauthorized);
            case RELEASE -> gateway.release(part.idempotencyKey(), part.authorization(), part.amount(), currency);
            case REFUND -> gateway.refund(part.idempotencyKey(), part.authorization(), part.amount(), currency);
        };
    }

    /**
     * Captures the part; an expired authorisation is re-authorised for the part first. Each step has its own key,
     * derived from the part's, so a retry (lost answer, crash, recovery job) gets the PSP's first answers again and
     * never authorises or captures twice.
     */
    private String capture(PspIntent.Part part, String currency, Map<String, String> reauthorized) {
        try {
            return gateway.capture(part.idempotencyKey(), part.authorization(), part.amount(), currency);
        } catch (PaymentGateway.Refused refused) {
            if (!PaymentGateway.AUTHORIZATION_EXPIRED.equals(refused.code())) throw refused;
        }
        String authorization;
        try {
            authorization = gateway.reauthorize(part.idempotencyKey() + ":reauthorize", part.authorization(), part.amount(),
                    currency);
        } catch (PaymentGateway.Refused declined) {
            throw new PaymentGateway.Refused("card authorization " + part.authorization()
                    + " expired and its re-authorization was refused: " + declined.getMessage(), declined.code());
        }
        log.info("card authorization {} of tender {} expired; re-authorized as {} for {} {}", part.authorization(),
                part.tenderId(), authorization, part.amount().toPlainString(), currency);
        reauthorized.put(part.tenderId(), authorization);
        return gateway.capture(part.idempotencyKey() + ":reauthorized", authorization, part.amount(), currency);
    }

    private void complete(OrderId orderId, UUID intentId, Map<String, String> references, Map<String, String> reauthorized) {
        PspIntent intent = lockPending(orderId, intentId);
        if (intent == null) return;
        if (!reauthorized.isEmpty()) {
            Payment payment = payments.find(orderId).orElseThrow();
            reauthorized.forEach((tenderId, authorization) -> payment.tender(tenderId).reauthorized(authorization, clock.instant()));
        }
        var parts = intent.payments(references);
        switch (intent.kind()) {
            case CAPTURE -> captures.complete(intent, parts);
            case RELEASE -> releases.complete(intent, parts);
            case REFUND -> refunds.complete(intent, parts);
        }
        intent.done(clock.instant());
    }

    private void fail(OrderId orderId, UUID intentId, String error) {
        Payment payment = payments.lock(orderId).orElseThrow();
        PspIntent intent = intents.lock(intentId).orElseThrow();
        if (!intent.pending()) return;
        payment.revert(intent.kind(), intent.items(), intent.allocation());
        payments.flush();
        intent.failed(error, clock.instant());
        log.error("{} {} of order {} refused by the PSP, taken back: {}", intent.kind(), intent.subjectId(),
                intent.orderId(), error);
    }

    /** The intent, locked after its payment (the lock order of the use cases), or null when someone else finished it. */
    private PspIntent lockPending(OrderId orderId, UUID intentId) {
        payments.lock(orderId).orElseThrow();
        PspIntent intent = intents.lock(intentId).orElseThrow();
        return intent.pending() ? intent : null;
    }
}
