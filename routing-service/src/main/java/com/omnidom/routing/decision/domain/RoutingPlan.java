package com.omnidom.routing.decision.domain;

import com.omnidom.routing.fulfillment.domain.LineQuantity;

import java.util.List;

/** The outcome of a strategy: locations in the order chosen, and the lines no location could take (with why). */
public record RoutingPlan(List<Assignment> assignments, List<LineQuantity> unroutable, String unroutableReason) {

    public RoutingPlan {
        assignments = List.copyOf(assignments);
        unroutable = List.copyOf(unroutable);
    }

    public boolean complete() {
        return unroutable.isEmpty();
    }
}
