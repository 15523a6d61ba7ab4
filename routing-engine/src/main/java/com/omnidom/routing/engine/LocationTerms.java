package com.omnidom.routing.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A location's cost and time terms for one order under one profile, and the first fence that keeps it out
 * (null when none). Shared by the cost model and the search so both cost a plan the same way; public so that an
 * exact reference outside the engine (routing-lab's CP-SAT model) costs a plan the same way too.
 */
public final class LocationTerms {

    public final CandidateLocation location;
    public final Double distanceKm;
    public final long shipmentCost;
    public final long distanceCost;
    public final long unitCost;
    public final int baseDays;
    public final Fence fence;
    private final RoutingProblem problem;
    private final RoutingProfile profile;
    private final LocalDate orderDate;
    private final LocalDate promiseDate;

    public LocationTerms(RoutingProblem problem, RoutingProfile profile, CandidateLocation location) {
        this.location = location;
        RoutingOrder order = problem.order();
        CostWeights w = profile.weights();
        this.orderDate = order.orderDate();
        this.promiseDate = order.promiseDate();
        boolean pickup = order.mode() == FulfillmentMode.PICKUP;
        if (pickup || order.destination() == null) distanceKm = 0.0;
        else distanceKm = location.geo() == null ? null : order.destination().distanceKm(location.geo());
        double km = distanceKm == null ? w.unknownDistanceKm() : distanceKm;
        List<DistanceBand> bands = location.costs().distanceBands().isEmpty() ? w.distanceBands() : location.costs().distanceBands();
        this.distanceCost = pickup ? 0 : band(bands, km) + w.perKm() * Math.round(km);
        this.shipmentCost = location.costs().perShipment() + w.perShipment();
        this.unitCost = location.costs().perUnit() + w.perUnit();
        int transit = pickup ? 0 : Math.max(1, (int) Math.ceil(km / w.kmPerTransitDay()));
        this.baseDays = Math.max(0, location.handlingDays()) + transit;
        this.problem = problem;
        this.profile = profile;
        Fence first = firstFence(problem, profile, location, distanceKm);
        if (first == null && profile.fences().hardPromise() && lateDays(0) > 0) first = Fence.PROMISE;
        this.fence = first;
    }

    public long fixedCost() {
        return shipmentCost + distanceCost;
    }

    /** Days after the promise when the shipment's goods are ready {@code readyOffset} days after the order day. */
    int lateDays(int readyOffset) {
        if (promiseDate == null) return 0;
        long late = ChronoUnit.DAYS.between(promiseDate, orderDate.plusDays((long) readyOffset + baseDays));
        return (int) Math.max(0, late);
    }

    LocalDate deliveryDate(int readyOffset) {
        return orderDate.plusDays((long) readyOffset + baseDays);
    }

    /**
     * Days from the order day until {@code used} units of the SKU are at the location (units on hand first, then
     * inbound by arrival); -1 when it never holds that many.
     */
    int readyOffset(String sku, int used) {
        if (used <= 0) return 0;
        Stock stock = location.stock(sku);
        if (stock == null) return -1;
        int have = stock.usableNow();
        if (used <= have) return 0;
        for (Inbound inbound : stock.inbound()) {
            have += inbound.quantity();
            if (used <= have) return (int) Math.max(0, ChronoUnit.DAYS.between(orderDate, inbound.arrives()));
        }
        return -1;
    }

    /** Most units of the SKU the location can give this order under the profile (inbound only while on time if hard). */
    public int usableUnits(String sku, boolean hardPromise) {
        return usableUnits(location.stock(sku), hardPromise);
    }

    int usableUnits(Stock stock, boolean hardPromise) {
        if (stock == null) return 0;
        int have = stock.usableNow();
        if (hardPromise && lateDays(0) > 0) return 0;
        for (Inbound inbound : stock.inbound()) {
            int offset = (int) Math.max(0, ChronoUnit.DAYS.between(orderDate, inbound.arrives()));
            if (hardPromise && lateDays(offset) > 0) break;
            have += inbound.quantity();
        }
        return have;
    }

    static long band(List<DistanceBand> bands, double km) {
        if (bands.isEmpty()) return 0;
        for (DistanceBand band : bands) {
            if (km <= band.upToKm()) return band.cost();
        }
        return bands.getLast().cost();
    }

    private static Fence firstFence(RoutingProblem problem, RoutingProfile profile, CandidateLocation l, Double distanceKm) {
        RoutingOrder order = problem.order();
        Fences f = profile.fences();
        if (problem.excluded().contains(l.locationId())) return Fence.EXCLUDED_FOR_ORDER;
        if (!l.active()) return Fence.INACTIVE;
        if (order.mode() == FulfillmentMode.PICKUP && !l.locationId().equals(order.pickupLocationId())) {
            return Fence.NOT_PICKUP_STORE;
        }
        if (missingCapability(l, order, f) != null) return Fence.CAPABILITY;
        if (!f.allowedTypes().isEmpty() && !f.allowedTypes().contains(l.type())) return Fence.LOCATION_TYPE;
        if (!f.allowedGroups().isEmpty() && l.groups().stream().noneMatch(f.allowedGroups()::contains)) {
            return Fence.LOCATION_GROUP;
        }
        if (f.maxDistanceKm() != null && order.mode() == FulfillmentMode.SHIP
                && (distanceKm == null || distanceKm > f.maxDistanceKm())) {
            return Fence.MAX_DISTANCE;
        }
        if (f.respectCapacity() && l.ordersLeft() != null && l.ordersLeft() <= 0) return Fence.ORDER_CAPACITY;
        if (f.respectCapacity() && l.unitsLeft() != null && l.unitsLeft() <= 0) return Fence.UNITS_CAPACITY;
        return null;
    }

    private static String missingCapability(CandidateLocation l, RoutingOrder order, Fences f) {
        if (!l.capabilities().contains(order.mode().name())) return order.mode().name();
        for (String capability : f.requiredCapabilities()) {
            if (!l.capabilities().contains(capability)) return capability;
        }
        return null;
    }

    /** Why the fence keeps the location out, for people; built only when asked (the hot path never asks). */
    String fenceDetail() {
        if (fence == null) return null;
        Fences f = profile.fences();
        return switch (fence) {
            case EXCLUDED_FOR_ORDER -> "failed or rejected this order before";
            case INACTIVE -> "inactive";
            case NOT_PICKUP_STORE -> "not the pickup store " + problem.order().pickupLocationId();
            case CAPABILITY -> "lacks capability " + missingCapability(location, problem.order(), f);
            case LOCATION_TYPE -> "type " + location.type() + " not in " + new java.util.TreeSet<>(f.allowedTypes());
            case LOCATION_GROUP -> "in none of the groups " + new java.util.TreeSet<>(f.allowedGroups());
            case MAX_DISTANCE -> distanceKm == null ? "distance unknown, limit " + f.maxDistanceKm() + " km"
                    : String.format(java.util.Locale.ROOT, "%.1f km away, limit %d km", distanceKm, f.maxDistanceKm());
            case ORDER_CAPACITY -> "no order capacity left today";
            case UNITS_CAPACITY -> "no units capacity left today";
            case PROMISE -> "delivers " + deliveryDate(0) + ", after the promised " + promiseDate;
            case MIN_SHIPMENT_VALUE -> "cannot ship goods worth the minimum " + f.minShipmentValue();
        };
    }
}
