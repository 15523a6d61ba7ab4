package com.omnidom.payment.payments.application;

import com.omnidom.events.payment.RefundIssued;
import com.omnidom.kernel.Money;
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
 * Refunds a received return to the order's tenders in reverse capture order (card first, via the PSP with key
 * {@code <returnId>:<tenderId>}; gift card and points booked here). Never more than was captured and not yet
 * refunded. Returned units whose shipment's capture has not been booked yet (the fulfilment topic lags), or whose
 * card capture is still waiting for the PSP, wait. With a card part, {@link #refund} books it and records a
 * {@link PspIntent}; the PSP is called after commit and {@link #complete} records the refund and its event.
 */
@Service
public class RefundReturn {

    private static final Logger log = LoggerFactory.getLogger(RefundReturn.class);

    private final Payments payments;
    private final Refunds refunds;
    private final PspIntents intents;
    private final PspIntentProperties settings;
    private final Outbox outbox;
    private final Clock clock;

    public RefundReturn(Payments payments, Refunds refunds, PspIntents intents, PspIntentProperties settings, Outbox outbox,
                        Clock clock) {
        this.payments = payments;
        this.refunds = refunds;
        this.intents = intents;
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return the intent to finish at the PSP, if any */
    @Transactional
    public Optional<UUID> refund(OrderId orderId, UUID returnId, String currency, BigDecimal amount, List<LineQuantity> returned) {
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
        if (payment.awaitsCaptureOf(returned)) {
            throw new PrerequisiteMissing("return " + returnId + " of order " + orderId
                    + " holds units whose capture has not been booked yet");
        }
        List<TenderAllocation.Part> plan = payment.planRefund(amount, returned);
        boolean viaPsp = plan.stream().anyMatch(part -> part.type().viaPsp());
        // the PSP refunds only what it captured: a card capture still waiting for it comes first
        if (viaPsp && intents.existsByOrderIdAndKindAndState(orderId.value(), PspIntent.Kind.CAPTURE, PspIntent.State.PENDING)) {
            throw new PrerequisiteMissing("return " + returnId + " of order " + orderId
                    + " waits for a card capture of the order still pending at the PSP");
        }
        payment.noteRefunded(returned, plan);
        payments.flush();
        if (viaPsp) {
            return Optional.of(intents.saveAndFlush(PspIntent.of(PspIntent.Kind.REFUND, payment, returnId, returned, plan,
                    null, null, clock.instant(), settings.grace())).intentId());
        }
        record(orderId, returnId, currency, plan.stream().map(TenderAllocation.Part::amount).reduce(Money::plus).orElseThrow()
                .amount(), CaptureFulfillment.bookedHere(plan));
        return Optional.empty();
    }

    /** Records a refund booked with {@code intent} whose card parts the PSP has done ({@code parts} with its ids). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(PspIntent intent, List<TenderPayment> parts) {
        record(intent.orderId(), intent.subjectId(), intent.currency(), intent.amount(), parts);
    }

    private void record(OrderId orderId, UUID returnId, String currency, BigDecimal amount, List<TenderPayment> parts) {
        Instant now = clock.instant();
        Refund refund = refunds.saveAndFlush(Refund.of(orderId, returnId, currency, amount, parts, now));
        outbox.append(new RefundIssued(UUID.randomUUID(), now, orderId.value(), returnId, currency, refund.amount(),
                parts.stream().map(CaptureFulfillment::toContract).toList()));
    }
}
