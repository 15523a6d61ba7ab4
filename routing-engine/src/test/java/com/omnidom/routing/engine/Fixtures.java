package com.omnidom.routing.engine;

import com.omnidom.kernel.GeoPoint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small builders for test problems. */
final class Fixtures {

    static final GeoPoint POTSDAM = new GeoPoint(52.39, 13.06);
    static final GeoPoint BERLIN = new GeoPoint(52.52, 13.405);
    static final GeoPoint HAMBURG = new GeoPoint(53.55, 9.99);
    static final GeoPoint MUNICH = new GeoPoint(48.14, 11.58);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private Fixtures() {
    }

    /** A location: a warehouse, active, SHIP and PICKUP, unlimited capacity, no costs of its own, ships same day. */
    record Loc(String id, LocationType type, GeoPoint geo, boolean active, Set<String> capabilities, Set<String> groups,
               Map<String, Stock> stock, Integer ordersLeft, Integer unitsLeft, LocationCosts costs, int handlingDays) {

        static Loc at(String id, GeoPoint geo) {
            return new Loc(id, LocationType.WAREHOUSE, geo, true, Set.of("SHIP", "PICKUP"), Set.of(), Map.of(), null, null,
                    LocationCosts.NONE, 0);
        }

        Loc stock(Object... skuAndQuantity) {
            Map<String, Stock> s = new HashMap<>(stock);
            for (int i = 0; i < skuAndQuantity.length; i += 2) {
                s.put((String) skuAndQuantity[i], Stock.onHand((Integer) skuAndQuantity[i + 1]));
            }
            return with(s);
        }

        Loc stock(String sku, Stock value) {
            Map<String, Stock> s = new HashMap<>(stock);
            s.put(sku, value);
            return with(s);
        }

        private Loc with(Map<String, Stock> s) {
            return new Loc(id, type, geo, active, capabilities, groups, s, ordersLeft, unitsLeft, costs, handlingDays);
        }

        Loc type(LocationType t) {
            return new Loc(id, t, geo, active, capabilities, groups, stock, ordersLeft, unitsLeft, costs, handlingDays);
        }

        Loc inactive() {
            return new Loc(id, type, geo, false, capabilities, groups, stock, ordersLeft, unitsLeft, costs, handlingDays);
        }

        Loc only(String... caps) {
            return new Loc(id, type, geo, active, Set.of(caps), groups, stock, ordersLeft, unitsLeft, costs, handlingDays);
        }

        Loc groups(String... g) {
            return new Loc(id, type, geo, active, capabilities, Set.of(g), stock, ordersLeft, unitsLeft, costs, handlingDays);
        }

        Loc capacity(Integer orders, Integer units) {
            return new Loc(id, type, geo, active, capabilities, groups, stock, orders, units, costs, handlingDays);
        }

        Loc costs(long perShipment, long perUnit, DistanceBand... bands) {
            return new Loc(id, type, geo, active, capabilities, groups, stock, ordersLeft, unitsLeft,
                    new LocationCosts(perShipment, perUnit, List.of(bands)), handlingDays);
        }

        Loc handlingDays(int days) {
            return new Loc(id, type, geo, active, capabilities, groups, stock, ordersLeft, unitsLeft, costs, days);
        }

        CandidateLocation build() {
            return new CandidateLocation(id, type, geo, groups, capabilities, active, stock, ordersLeft, unitsLeft, costs,
                    handlingDays);
        }
    }

    static OrderLine line(String id, String sku, int quantity) {
        return new OrderLine(id, sku, quantity, 1_000);
    }

    static OrderLine line(String id, String sku, int quantity, long unitPrice) {
        return new OrderLine(id, sku, quantity, unitPrice);
    }

    static RoutingOrder ship(GeoPoint to, OrderLine... lines) {
        return new RoutingOrder("order-1", FulfillmentMode.SHIP, to, null, false, "web", "DE", TODAY, null, List.of(lines));
    }

    static RoutingOrder ship(OrderLine... lines) {
        return ship(POTSDAM, lines);
    }

    static RoutingOrder pickup(String store, OrderLine... lines) {
        return new RoutingOrder("order-1", FulfillmentMode.PICKUP, null, store, false, "web", "DE", TODAY, null, List.of(lines));
    }

    static RoutingOrder promised(RoutingOrder o, LocalDate promise) {
        return new RoutingOrder(o.orderId(), o.mode(), o.destination(), o.pickupLocationId(), o.priority(), o.channel(),
                o.country(), o.orderDate(), promise, o.lines());
    }

    static RoutingOrder vip(RoutingOrder o) {
        return new RoutingOrder(o.orderId(), o.mode(), o.destination(), o.pickupLocationId(), true, o.channel(),
                o.country(), o.orderDate(), o.promiseDate(), o.lines());
    }

    static RoutingProblem problem(RoutingOrder order, Loc... locations) {
        return problem(order, Set.of(), locations);
    }

    static RoutingProblem problem(RoutingOrder order, Set<String> excluded, Loc... locations) {
        return new RoutingProblem(order, Arrays.stream(locations).map(Loc::build).toList(), excluded);
    }

    /** Plain costs: a shipment 500, a unit 10, a split 300, a late day 200, a missed line 10,000; no distance cost. */
    static RoutingProfile profile(Fences fences) {
        return new RoutingProfile("test", 1, null, null, fences,
                new CostWeights(500, 10, 0, List.of(), 300, 200, 10_000, 0, 600, 1_000));
    }

    static RoutingProfile profile() {
        return profile(Fences.NONE);
    }

    static List<String> locations(Decision d) {
        return d.shipments().stream().map(Shipment::locationId).toList();
    }

    static List<String> lineIds(Shipment s) {
        return s.lines().stream().map(LineQuantity::lineId).toList();
    }

    static List<String> excludedIds(Decision d, Fence fence) {
        List<String> ids = new ArrayList<>();
        for (Exclusion e : d.exclusions()) if (e.fence() == fence) ids.add(e.locationId());
        return ids;
    }
}
