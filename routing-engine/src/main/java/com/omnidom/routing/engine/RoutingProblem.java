package com.omnidom.routing.engine;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One decision to take: the order and every location that could serve it.
 *
 * @param excluded locations that failed or rejected this order before; never chosen again
 */
public record RoutingProblem(RoutingOrder order, List<CandidateLocation> locations, Set<String> excluded) {

    public RoutingProblem {
        Objects.requireNonNull(order, "order");
        locations = List.copyOf(locations);
        excluded = excluded == null ? Set.of() : Set.copyOf(excluded);
    }
}
