package com.omnidom.routing.fulfillment.application;

import com.omnidom.platform.outbox.Outbox;
import com.omnidom.routing.fulfillment.domain.FulfillmentId;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrder;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrder.PickupStep;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrders;
import com.omnidom.routing.fulfillment.domain.PickupHold;
import com.omnidom.routing.fulfillment.domain.PickupHolds;
import com.omnidom.routing.fulfillment.domain.WaitingPickups;
import com.omnidom.routing.replica.application.Replicas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;

/**
 * Pickups nobody collects: once the reminder time of their location's type passed, the customer is reminded, once
 * ({@code FulfillmentPickupReminderDue}); once its hold is over, the pickup EXPIRES ({@code FulfillmentPickupExpired}:
 * order-service cancels its units, and that cancellation releases their stock and money). Each pickup in its own
 * transaction, the step and its event together. Safe with several instances: a pickup is locked with
 * {@code FOR UPDATE SKIP LOCKED} while it is looked at (another instance, or a store handing it over right now, holds
 * it: it is left for the next look) and its state is checked again under the lock, so a reminder is sent once and an
 * expiry happens once; a handover racing the expiry fails on the row's version (409), whichever commits first wins.
 */
@Service
public class RemindOrExpirePickups {

    private static final Logger log = LoggerFactory.getLogger(RemindOrExpirePickups.class);

    private final WaitingPickups waiting;
    private final FulfillmentOrders fulfillments;
    private final Replicas replicas;
    private final Outbox outbox;
    private final FulfillmentMeters meters;
    private final TransactionTemplate transactions;
    private final PickupHolds holds;
    private final int batch;
    private final Clock clock;

    public RemindOrExpirePickups(WaitingPickups waiting, FulfillmentOrders fulfillments, Replicas replicas, Outbox outbox,
                                 FulfillmentMeters meters, TransactionTemplate transactions, PickupProperties properties,
                                 Clock clock) {
        this.waiting = waiting;
        this.fulfillments = fulfillments;
        this.replicas = replicas;
        this.outbox = outbox;
        this.meters = meters;
        this.transactions = transactions;
        this.holds = properties.holds();
        this.batch = properties.batch();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${omnidom.routing.pickup.check:1m}")
    public void scheduled() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("reminding of and expiring pickups failed, next time then: {}", e.toString());
        }
    }

    /** What one look did. */
    public record Swept(int reminded, int expired) {
    }

    public Swept sweep() {
        int reminded = 0;
        int expired = 0;
        for (FulfillmentId id : waiting.due(holds, clock.instant(), batch)) {
            PickupStep step = transactions.execute(status -> step(id));
            if (step == PickupStep.REMIND) reminded++;
            if (step == PickupStep.EXPIRE) expired++;
        }
        return new Swept(reminded, expired);
    }

    private PickupStep step(FulfillmentId id) {
        if (!waiting.lockIfWaiting(id)) return PickupStep.NONE;
        FulfillmentOrder f = fulfillments.find(id).orElseThrow();
        Instant now = clock.instant();
        PickupHold hold = holds.of(replicas.locationType(f.locationId()).orElse(null));
        PickupStep step = f.pickupDue(hold, now);
        switch (step) {
            case REMIND -> {
                f.remindOfPickup(now);
                fulfillments.flush();
                outbox.append(FulfillmentEvents.pickupReminderDue(f, hold.heldUntil(f.readySince()), now));
                meters.pickupReminded(f);
            }
            case EXPIRE -> {
                f.expirePickup(now);
                fulfillments.flush();
                outbox.append(FulfillmentEvents.pickupExpired(f, now));
                meters.pickupExpired(f);
                log.info("pickup {} of order {} at {} expired (ready since {})", id, f.orderId(), f.locationId(), f.readySince());
            }
            case NONE -> {
                // due by the look, no longer under the lock (picked up meanwhile, or its location's type changed)
            }
        }
        return step;
    }
}
