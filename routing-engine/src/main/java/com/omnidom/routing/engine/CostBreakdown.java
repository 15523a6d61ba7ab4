package com.omnidom.routing.engine;

/** Cost per component, in minor units. */
public record CostBreakdown(long shipment, long handling, long distance, long split, long lateness, long unfulfilled) {

    public static final CostBreakdown ZERO = new CostBreakdown(0, 0, 0, 0, 0, 0);

    public long total() {
        return shipment + handling + distance + split + lateness + unfulfilled;
    }

    public CostBreakdown plus(CostBreakdown o) {
        return new CostBreakdown(shipment + o.shipment, handling + o.handling, distance + o.distance, split + o.split,
                lateness + o.lateness, unfulfilled + o.unfulfilled);
    }
}
