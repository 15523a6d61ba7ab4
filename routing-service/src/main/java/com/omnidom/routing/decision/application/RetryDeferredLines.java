package com.omnidom.routing.decision.application;

import com.omnidom.routing.decision.domain.QueuedOrders;
import com.omnidom.routing.replica.application.AvailabilityNoted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Deferred lines are tried again in the next priority window when stock of their SKU may have arrived (the replica
 * took a newer availability that grew, with something available, unlimited or in transit: an allocation elsewhere
 * only lowers it and would re-route every waiting order in vain), and on a schedule as a safety net (a decision that
 * read the availability just before a growth was committed sees it through {@link DeferralWatch}). Queueing is one
 * idempotent statement, so any instance may do it.
 */
@Service
public class RetryDeferredLines {

    private static final Logger log = LoggerFactory.getLogger(RetryDeferredLines.class);

    private final QueuedOrders queue;

    public RetryDeferredLines(QueuedOrders queue) {
        this.queue = queue;
    }

    @EventListener
    public void on(AvailabilityNoted noted) {
        if (noted.grew() && noted.mayServe()) queue.enqueueDeferred(noted.sku());
    }

    @Scheduled(initialDelayString = "${omnidom.routing.deferred-retry-every:2m}",
            fixedDelayString = "${omnidom.routing.deferred-retry-every:2m}")
    public void scheduled() {
        try {
            int queued = queue.enqueueAllDeferred();
            if (queued > 0) log.info("{} orders with deferred lines queued for another try", queued);
        } catch (RuntimeException e) {
            log.warn("queueing deferred lines failed, next time then: {}", e.toString());
        }
    }
}
