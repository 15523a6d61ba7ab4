package com.omnidom.routing.engine;

import java.util.List;

/**
 * A given plan costed under a profile.
 *
 * @param violations fences the plan breaks (empty = allowed); a manual assignment may break them knowingly
 */
public record Evaluation(List<Shipment> shipments, List<UnassignedLine> unassigned, CostBreakdown cost,
                         List<String> violations) {

    public Evaluation {
        shipments = List.copyOf(shipments);
        unassigned = List.copyOf(unassigned);
        violations = List.copyOf(violations);
    }

    public boolean allowed() {
        return violations.isEmpty();
    }
}
