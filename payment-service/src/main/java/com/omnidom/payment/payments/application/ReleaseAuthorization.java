package com.omnidom.payment.payments.application;

import com.omnidom.events.payment.AuthorizationReleased;
import com.omnidom.payment.payments.domain.AuthorizationRelease;
import com.omnidom.payment.payments.domain.AuthorizationReleases;
import com.omnidom.payment.payments.domain.LineQuantity;
import com.omnidom.payment.payments.domain.OrderId;
import com.omnidom.payment.payments.domain.Payment;
import com.omnidom.payment.payments.domain.Payments;
import com.omnidom.payment.payments.domain.ReleasePlan;
import com.omnidom.payment.payments.domain.TenderPayment;
import com.omnidom.platform.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Gives back what cancelled lines had authorised and not captured: the card's part is released at the PSP (key
 * {@code <cancellationId>:<tenderId>}), gift card, points and cash parts are booked back here; the release and
 * {@code AuthorizationReleased} commit together. The payment's row is locked from plan to commit, the same lock
 * a capture takes, so a cancel racing a shipment of the same units is decided by PostgreSQL: whichever commits
 * first wins, and the other plans on what it left (a cancel never releases captured money; the CHECKs back this up).
 */
@Service
public class ReleaseAuthorization {

    private static final Logger log = LoggerFactory.getLogger(ReleaseAuthorization.class);

    private final Payments payments;
    private final AuthorizationReleases releases;
    private final PaymentGateway gateway;
    private final Outbox outbox;
    private final Clock clock;

    public ReleaseAuthorization(Payments payments, AuthorizationReleases releases, PaymentGateway gateway, Outbox outbox,
                                Clock clock) {
        this.payments = payments;
        this.releases = releases;
        this.gateway = gateway;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @param cancellationId the OrderCancelled event's id: one release per cancellation */
    @Transactional
    public void release(OrderId orderId, UUID cancellationId, List<LineQuantity> cancelled, String reason) {
        if (releases.existsByCancellationId(cancellationId)) {
            log.info("cancellation {} of order {} was released before; not again", cancellationId, orderId);
            return;
        }
        // OrderCancelled follows OrderAccepted on the same topic and key: without a payment now, none will come
        // (e.g. an order cancelled while held for review was never accepted), so waiting would stall the partition
        Payment payment = payments.lock(orderId).orElse(null);
        if (payment == null) {
            log.info("cancellation {} of order {}: no payment was recorded for the order, nothing to release",
                    cancellationId, orderId);
            return;
        }
        ReleasePlan plan = payment.planRelease(cancelled);
        if (plan.releasesNothing()) {
            log.info("cancellation {} of order {}: its units were captured or cancelled before, nothing to release",
                    cancellationId, orderId);
            return;
        }
        String currency = payment.currency();
        List<TenderPayment> parts = plan.parts().stream().map(part -> new TenderPayment(part.tenderId(), part.type(),
                part.amount().amount(), part.type().viaPsp()
                        ? gateway.release(cancellationId + ":" + part.tenderId(), payment.tender(part.tenderId()).reference(),
                        part.amount().amount(), currency)
                        : null)).toList();
        payment.noteReleased(plan);
        payments.flush();
        if (plan.amount().isZero()) {
            log.info("cancellation {} of order {}: units cancelled, but the tenders hold nothing beyond what the open "
                    + "lines need", cancellationId, orderId);
            return;
        }
        Instant now = clock.instant();
        releases.saveAndFlush(AuthorizationRelease.of(orderId, cancellationId, currency, plan, parts, reason, now));
        outbox.append(new AuthorizationReleased(UUID.randomUUID(), now, orderId.value(), currency, plan.amount().amount(),
                parts.stream().map(CaptureFulfillment::toContract).toList(), reason));
    }
}
