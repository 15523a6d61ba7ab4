package com.omnidom.routing.lab.replay;

import com.omnidom.routing.engine.CandidateLocation;
import com.omnidom.routing.engine.CostBreakdown;
import com.omnidom.routing.engine.Decision;
import com.omnidom.routing.engine.LocationType;
import com.omnidom.routing.engine.RoutingOrder;
import com.omnidom.routing.engine.RoutingProfile;
import com.omnidom.routing.engine.Shipment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What one profile did over the replayed orders. */
public final class SideStats {

    /** Shipments, units and capacity per location type; capacity sums only locations that have a limit. */
    public static final class TypeUse {
        public long shipments;
        public long units;
        public long ordersCapacity;
        public long ordersUsed;
        public long unitsCapacity;
        public long unitsUsed;
    }

    final RoutingProfile profile;
    final String strategy;
    public final List<Long> costPerOrder = new ArrayList<>();
    public final List<Integer> shipmentsPerOrder = new ArrayList<>();
    public CostBreakdown cost = CostBreakdown.ZERO;
    public long orders;
    public long shipments;
    public long routedOrders;
    public long splitOrders;
    public long lines;
    public long unassignedLines;
    public long completeOrders;
    public long promisedOrders;
    public long promiseHits;
    public long provenOptimal;
    public long decisionNanos;
    /** Total cost of this side's plans under the active profile's costs. */
    public long referenceCost;
    public final Map<LocationType, TypeUse> byType = new EnumMap<>(LocationType.class);

    SideStats(RoutingProfile profile, String strategy, List<CandidateLocation> start) {
        this.profile = profile;
        this.strategy = strategy;
        for (LocationType type : LocationType.values()) byType.put(type, new TypeUse());
        for (CandidateLocation l : start) {
            TypeUse use = byType.get(l.type());
            if (l.ordersLeft() != null) use.ordersCapacity += l.ordersLeft();
            if (l.unitsLeft() != null) use.unitsCapacity += l.unitsLeft();
        }
    }

    public RoutingProfile profile() {
        return profile;
    }

    public String strategy() {
        return strategy;
    }

    void note(RoutingOrder order, Decision d, long nanos, Map<String, CandidateLocation> before) {
        orders++;
        decisionNanos += nanos;
        cost = cost.plus(d.cost());
        costPerOrder.add(d.totalCost());
        shipmentsPerOrder.add(d.shipments().size());
        shipments += d.shipments().size();
        if (!d.shipments().isEmpty()) routedOrders++;
        if (d.shipments().size() > 1) splitOrders++;
        lines += order.lines().size();
        unassignedLines += d.unassigned().size();
        if (d.complete()) completeOrders++;
        if (d.provenOptimal()) provenOptimal++;
        if (order.promiseDate() != null) {
            promisedOrders++;
            if (d.complete() && d.shipments().stream().allMatch(s -> s.lateDays() == 0)) promiseHits++;
        }
        for (Shipment s : d.shipments()) {
            TypeUse use = byType.get(s.type());
            use.shipments++;
            use.units += s.units();
            CandidateLocation l = before.get(s.locationId());
            if (l.ordersLeft() != null) use.ordersUsed++;
            if (l.unitsLeft() != null) use.unitsUsed += s.units();
        }
    }

    public double costPerOrderMean() {
        return orders == 0 ? 0 : (double) cost.total() / orders;
    }

    public double shipmentsPerOrderMean() {
        return orders == 0 ? 0 : (double) shipments / orders;
    }

    public double splitRate() {
        return routedOrders == 0 ? 0 : (double) splitOrders / routedOrders;
    }

    public double promiseHitRate() {
        return promisedOrders == 0 ? 0 : (double) promiseHits / promisedOrders;
    }
}
