package com.omnidom.routing.decision.application;

import com.omnidom.routing.decision.domain.QueuedOrders;
import com.omnidom.routing.decision.domain.RoutingTrigger;
import com.omnidom.routing.replica.application.AvailabilityFigures;
import com.omnidom.routing.replica.application.Replicas;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Closes the gap between a decision's read of the availability and its deferral of the lines it could not place: a
 * growth committed in between woke the waiting lines before these were among them. So the decision notes the figures
 * before it reads the candidates; once its lines are deferred it takes the SKUs' deferral locks (which a growth's
 * wake-up takes too, {@link QueuedOrders#enqueueDeferred}) and looks again: if anything grew meanwhile, the order is
 * queued for another try. Either the growth's wake-up waits for this deferral and sees its lines, or this look sees
 * the growth.
 */
@Service
public class DeferralWatch {

    private final Replicas replicas;
    private final QueuedOrders queue;

    public DeferralWatch(Replicas replicas, QueuedOrders queue) {
        this.replicas = replicas;
        this.queue = queue;
    }

    /** The figures of these SKUs at every location, before the decision reads its candidates. */
    public Map<Replicas.SkuAt, AvailabilityFigures> before(Collection<String> skus) {
        return replicas.figures(skus);
    }

    /**
     * In the deferring transaction, after its lines were deferred: queues the order again when a figure of these SKUs
     * grew since {@code before}. @return true when it did
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean deferred(UUID orderId, Collection<String> skus, Map<Replicas.SkuAt, AvailabilityFigures> before) {
        queue.lockDeferrals(skus);
        boolean grew = replicas.figures(skus).entrySet().stream()
                .anyMatch(now -> now.getValue().grewFrom(before.get(now.getKey())));
        if (grew) queue.enqueue(orderId, RoutingTrigger.AVAILABILITY_CHANGED);
        return grew;
    }
}
