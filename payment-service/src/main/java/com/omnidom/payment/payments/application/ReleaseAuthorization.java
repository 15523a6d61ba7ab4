package com.omnidom.payment.payments.application;

import com.omnidom.events.payment.AuthorizationReleased;
import com.omnidom.kernel.Money;
import com.omnidom.payment.payments.domain.AuthorizationRelease;
import com.omnidom.payment.payments.domain.AuthorizationReleases;
import com.omnidom.payment.payments.domain.LineQuantity;
import com.omnidom.payment.payments.domain.OrderId;
import com.omnidom.payment.payments.domain.Payment;
import com.omnidom.payment.payments.domain.Payments;
import com.omnidom.payment.payments.domain.PspIntent;
import com.omnidom.payment.payments.domain.PspIntents;
import com.omnidom.payment.payments.domain.ReleasePlan;
import com.omnidom.payment.payments.domain.TenderPayment;
import com.omnidom.platform.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Gives back what cancelled lines had authorised and not captured: the card's part is released at the PSP (key
 * {@code <cancellationId>:<tenderId>}), gift card, points and cash parts are booked back here; the release and
 * {@code AuthorizationReleased} commit together. The payment's row is locked while the release is planned and booked,
 * the same lock a capture takes, so a cancel racing a shipment of the same units is decided by PostgreSQL: whichever
 * books first wins, and the other plans on what it left (a cancel never releases captured money; the CHECKs back
 * this up). With a card part, {@link #release} books it and records a {@link PspIntent}; the PSP is called after
 * commit and {@link #complete} records the release and its event.
 */
@Service
public class ReleaseAuthorization {

    private static final Logger log = LoggerFactory.getLogger(ReleaseAuthorization.class);

    private final Payments payments;
    private final AuthorizationReleases releases;
    private final PspIntents intents;
    private final PspIntentProperties settings;
    private final Outbox outbox;
    private final Clock clock;

    private final TenderProperties tenders;

    private final GiftCardLedger giftCards;
    private final LoyaltyLedger points;

    public ReleaseAuthorization(Payments payments, AuthorizationReleases releases, PspIntents intents,
                                PspIntentProperties settings, Outbox outbox, Clock clock, TenderProperties tenders, GiftCardLedger giftCards,
                              LoyaltyLedger points) {
        this.giftCards = giftCards;
        this.points = points;
        this.tenders = tenders;
        this.payments = payments;
        this.releases = releases;
        this.intents = intents;
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @param cancellationId the OrderCancelled event's id: one release per cancellation
     * @return the intent to finish at the PSP, if any
     */
    @Transactional
    public Optional<UUID> release(OrderId orderId, UUID cancellationId, List<LineQuantity> cancelled, String reason) {
        // OrderCancelled follows OrderAccepted on the same topic and key: without a payment now, none will come
        // (e.g. an order cancelled while held for review was never accepted), so waiting would stall the partition
        Payment payment = payments.lock(orderId).orElse(null);
        if (payment == null) {
            log.info("cancellation {} of order {}: no payment was recorded for the order, nothing to release",
                    cancellationId, orderId);
            return Optional.empty();
        }
        if (releases.existsByCancellationId(cancellationId) || intents.existsByKindAndSubjectId(PspIntent.Kind.RELEASE, cancellationId)) {
            log.info("cancellation {} of order {} was released before; not again", cancellationId, orderId);
            return Optional.empty();
        }
        ReleasePlan plan = payment.planRelease(cancelled, tenders.order());
        if (plan.releasesNothing()) {
            log.info("cancellation {} of order {}: its units were captured or cancelled before, nothing to release",
                    cancellationId, orderId);
            return Optional.empty();
        }
        payment.noteReleased(plan, tenders.order());
        payments.flush();
        if (plan.amount().isZero()) {
            log.info("cancellation {} of order {}: units cancelled, but the tenders hold nothing beyond what the open "
                    + "lines need", cancellationId, orderId);
            return Optional.empty();
        }
        if (plan.parts().stream().anyMatch(part -> part.type().viaPsp())) {
            return Optional.of(intents.saveAndFlush(PspIntent.of(PspIntent.Kind.RELEASE, payment, cancellationId,
                    plan.items(), plan.parts(), null, reason, clock.instant(), settings.grace())).intentId());
        }
        record(orderId, cancellationId, payment.currency(), plan, CaptureFulfillment.bookedHere(plan.parts()), reason);
        return Optional.empty();
    }

    /** Records a release booked with {@code intent} whose card parts the PSP has done ({@code parts} with its ids). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(PspIntent intent, List<TenderPayment> parts) {
        ReleasePlan plan = new ReleasePlan(intent.items(), Money.of(intent.amount(), Currency.getInstance(intent.currency())),
                intent.allocation());
        record(intent.orderId(), intent.subjectId(), intent.currency(), plan, parts, intent.reason());
    }

    private void record(OrderId orderId, UUID cancellationId, String currency, ReleasePlan plan, List<TenderPayment> parts,
                        String reason) {
        Instant now = clock.instant();
        releases.saveAndFlush(AuthorizationRelease.of(orderId, cancellationId, currency, plan, parts, reason, now));
        Payment payment = payments.find(orderId).orElseThrow();
        giftCards.released(orderId, currency, parts, tenderId -> payment.tender(tenderId).reference());
        points.released(orderId, currency, parts, tenderId -> payment.tender(tenderId).reference());
        outbox.append(new AuthorizationReleased(UUID.randomUUID(), now, orderId.value(), currency, plan.amount().amount(),
                parts.stream().map(CaptureFulfillment::toContract).toList(), reason));
    }
}
