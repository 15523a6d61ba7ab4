package com.omnidom.payment.payments.application;

import com.omnidom.events.payment.RefundIssued;
import com.omnidom.kernel.Money;
import com.omnidom.payment.payments.domain.LineQuantity;
import com.omnidom.payment.payments.domain.OrderId;
import com.omnidom.payment.payments.domain.Payment;
import com.omnidom.payment.payments.domain.PaymentRuleViolation;
import com.omnidom.payment.payments.domain.Payments;
import com.omnidom.payment.payments.domain.Refund;
import com.omnidom.payment.payments.domain.Refunds;
import com.omnidom.payment.payments.domain.TenderAllocation;
import com.omnidom.payment.payments.domain.TenderPayment;
import com.omnidom.platform.events.PrerequisiteMissing;
import com.omnidom.platform.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Refunds a received return to the order's tenders in reverse capture order (card first, via the PSP with key
 * {@code <returnId>:<tenderId>}; gift card and points booked here). Never more than was captured and not yet
 * refunded. Returned units whose shipment's capture has not been booked yet (the fulfilment topic lags) wait.
 */
@Service
public class RefundReturn {

    private static final Logger log = LoggerFactory.getLogger(RefundReturn.class);

    private final Payments payments;
    private final Refunds refunds;
    private final PaymentGateway gateway;
    private final Outbox outbox;
    private final Clock clock;

    public RefundReturn(Payments payments, Refunds refunds, PaymentGateway gateway, Outbox outbox, Clock clock) {
        this.payments = payments;
        this.refunds = refunds;
        this.gateway = gateway;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public void refund(OrderId orderId, UUID returnId, String currency, BigDecimal amount, List<LineQuantity> returned) {
        if (refunds.existsByReturnId(returnId)) {
            log.info("return {} of order {} was refunded before; not again", returnId, orderId);
            return;
        }
        Payment payment = payments.lock(orderId)
                .orElseThrow(() -> new PrerequisiteMissing("no OrderAccepted yet for order " + orderId
                        + ", needed to refund return " + returnId));
        if (!payment.currency().equals(currency)) {
            throw new PaymentRuleViolation("return " + returnId + " is in " + currency + " but order " + orderId
                    + " was paid in " + payment.currency());
        }
        if (payment.awaitsCaptureOf(returned)) {
            throw new PrerequisiteMissing("return " + returnId + " of order " + orderId
                    + " holds units whose capture has not been booked yet");
        }
        List<TenderAllocation.Part> plan = payment.planRefund(amount, returned);
        List<TenderPayment> parts = plan.stream().map(part -> new TenderPayment(part.tenderId(), part.type(),
                part.amount().amount(), part.type().viaPsp()
                        ? gateway.refund(returnId + ":" + part.tenderId(), payment.tender(part.tenderId()).reference(),
                        part.amount().amount(), currency)
                        : null)).toList();
        payment.noteRefunded(returned, plan);
        payments.flush();
        Instant now = clock.instant();
        Refund refund = refunds.saveAndFlush(Refund.of(orderId, returnId, currency,
                plan.stream().map(TenderAllocation.Part::amount).reduce(Money::plus).orElseThrow().amount(), parts, now));
        outbox.append(new RefundIssued(UUID.randomUUID(), now, orderId.value(), returnId, currency, refund.amount(),
                parts.stream().map(CaptureFulfillment::toContract).toList()));
    }
}
