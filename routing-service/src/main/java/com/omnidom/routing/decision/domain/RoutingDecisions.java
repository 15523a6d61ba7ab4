package com.omnidom.routing.decision.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every routing decision with its explanation, kept so anyone can later ask why an order went where it went. */
public interface RoutingDecisions {

    /** Stores a decision with its explanation (the engine's, or a manual assignment's). */
    void store(UUID orderId, RoutingTrigger trigger, String strategy, UUID profileId, Explanation explanation, Instant now);

    /** The order's decisions, oldest first. */
    List<Decision> of(UUID orderId);

    /**
     * A decision as stored and served. The explanation is read back as the document it was written as: decisions of
     * every strategy and every earlier version of routing are served as they were taken, so no one record reads them all.
     */
    record Decision(UUID decisionId, UUID orderId, String trigger, String strategy, UUID profileId,
                    Map<String, Object> explanation, Instant decidedAt) {
    }
}
