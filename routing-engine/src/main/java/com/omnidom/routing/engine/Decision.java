package com.omnidom.routing.engine;

import java.util.List;

/**
 * The outcome of routing one order, with its explanation.
 *
 * @param strategy       {@link RoutingEngine#NAME} or the baseline's name
 * @param priority       the order's VIP flag, passed through
 * @param shipments      the chosen locations in location-id order with their lines and cost
 * @param unassigned     lines no allowed plan could serve (or that were cheaper to leave), with the reason
 * @param cost           total per component; {@code cost.total()} is what the engine minimised
 * @param provenOptimal  the search finished within its limits: no allowed plan is cheaper
 * @param nodesExplored  search nodes visited (0 for the baseline)
 * @param alternatives   next best plans with another set of locations, cheapest first
 * @param exclusions     locations holding stock for the order that a fence kept out
 * @param notes          plan-level fences that cut plans (max shipments, min shipment value), for people
 */
public record Decision(String orderId, String strategy, String profileId, int profileVersion, boolean priority,
                       List<Shipment> shipments, List<UnassignedLine> unassigned, CostBreakdown cost,
                       boolean provenOptimal, long nodesExplored, List<Alternative> alternatives,
                       List<Exclusion> exclusions, List<String> notes) {

    public Decision {
        shipments = List.copyOf(shipments);
        unassigned = List.copyOf(unassigned);
        alternatives = List.copyOf(alternatives);
        exclusions = List.copyOf(exclusions);
        notes = List.copyOf(notes);
    }

    public long totalCost() {
        return cost.total();
    }

    public boolean complete() {
        return unassigned.isEmpty();
    }

    /** The plan as assignments, e.g. to cost it under another profile with {@link CostModel#evaluate}. */
    public List<Assignment> assignments() {
        return shipments.stream().map(s -> new Assignment(s.locationId(), s.lines())).toList();
    }
}
