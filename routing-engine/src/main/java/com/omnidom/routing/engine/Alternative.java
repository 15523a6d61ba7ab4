package com.omnidom.routing.engine;

import java.util.List;

/** Another plan with a different set of locations, and what it would cost. */
public record Alternative(List<Shipment> shipments, List<UnassignedLine> unassigned, CostBreakdown cost) {

    public Alternative {
        shipments = List.copyOf(shipments);
        unassigned = List.copyOf(unassigned);
    }

    public long totalCost() {
        return cost.total();
    }

    public List<String> locationIds() {
        return shipments.stream().map(Shipment::locationId).toList();
    }
}
