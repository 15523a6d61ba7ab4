package com.omnidom.routing.engine;

import com.omnidom.kernel.GeoPoint;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random small instances (≤ 6 locations, ≤ 4 lines) with random fences and weights, and their optimum
 * by brute force: every way to give each line to one location, leave it, or (where the profile lets it) split it
 * in every possible way, costed with {@link CostModel}.
 */
final class SmallInstances {

    record Instance(RoutingProblem problem, RoutingProfile profile) {
    }

    private SmallInstances() {
    }

    static Instance generate(long seed) {
        Random r = new Random(seed);
        String[] skus = {"A", "B", "C", "D"};
        int locationCount = 1 + r.nextInt(6);
        List<CandidateLocation> locations = new ArrayList<>();
        for (int i = 0; i < locationCount; i++) {
            LocationType type = LocationType.values()[r.nextInt(LocationType.values().length)];
            GeoPoint geo = r.nextInt(12) == 0 ? null : new GeoPoint(47 + r.nextDouble() * 7, 6 + r.nextDouble() * 9);
            Map<String, Stock> stock = new HashMap<>();
            for (String sku : skus) {
                if (r.nextInt(3) == 0) continue;
                List<Inbound> inbound = new ArrayList<>();
                if (r.nextInt(4) == 0) inbound.add(new Inbound(1 + r.nextInt(3), Fixtures.TODAY.plusDays(r.nextInt(5))));
                stock.put(sku, new Stock(r.nextInt(5), r.nextInt(4) == 0 ? 1 : 0, inbound));
            }
            Set<String> capabilities = r.nextInt(10) == 0 ? Set.of("PICKUP") : r.nextBoolean() ? Set.of("SHIP", "PICKUP")
                    : Set.of("SHIP", "PICKUP", "ACCEPT_RETURNS");
            Set<String> groups = r.nextBoolean() ? Set.of("north") : Set.of("south");
            Integer ordersLeft = r.nextInt(8) == 0 ? Integer.valueOf(0) : r.nextBoolean() ? null : Integer.valueOf(1 + r.nextInt(5));
            Integer unitsLeft = r.nextInt(3) == 0 ? Integer.valueOf(r.nextInt(7)) : null;
            List<DistanceBand> bands = r.nextBoolean() ? List.of()
                    : List.of(new DistanceBand(100, r.nextInt(300)), new DistanceBand(400, 200 + r.nextInt(400)));
            LocationCosts costs = new LocationCosts(r.nextInt(800), r.nextInt(60), bands);
            locations.add(new CandidateLocation("L" + i, type, geo, groups, capabilities, r.nextInt(10) != 0, stock,
                    ordersLeft, unitsLeft, costs, r.nextInt(3)));
        }
        int lineCount = 1 + r.nextInt(4);
        List<OrderLine> lines = new ArrayList<>();
        for (int j = 0; j < lineCount; j++) {
            lines.add(new OrderLine("line-" + j, skus[r.nextInt(skus.length)], 1 + r.nextInt(4), 100 + r.nextInt(5_000)));
        }
        boolean pickup = r.nextInt(8) == 0;
        GeoPoint destination = r.nextInt(10) == 0 ? null : new GeoPoint(47 + r.nextDouble() * 7, 6 + r.nextDouble() * 9);
        RoutingOrder order = new RoutingOrder("order-" + seed, pickup ? FulfillmentMode.PICKUP : FulfillmentMode.SHIP,
                destination, pickup ? "L" + r.nextInt(locationCount) : null, r.nextBoolean(), "web", "DE", Fixtures.TODAY,
                r.nextBoolean() ? Fixtures.TODAY.plusDays(1 + r.nextInt(4)) : null, lines);
        Set<String> excluded = r.nextInt(5) == 0 ? Set.of("L" + r.nextInt(locationCount)) : Set.of();

        Fences fences = Fences.NONE.withLineSplit(r.nextInt(3) == 0).withRespectCapacity(r.nextInt(6) != 0);
        if (r.nextInt(4) == 0) fences = fences.withMaxShipments(1 + r.nextInt(2));
        if (r.nextInt(5) == 0) fences = fences.withMaxDistanceKm(200 + r.nextInt(400));
        if (r.nextInt(5) == 0) fences = fences.withMinShipmentValue((long) r.nextInt(6_000));
        if (r.nextInt(6) == 0) fences = fences.withAllowedTypes(EnumSet.of(LocationType.WAREHOUSE, LocationType.STORE));
        if (r.nextInt(8) == 0) fences = fences.withAllowedGroups(Set.of("north"));
        if (r.nextInt(8) == 0) fences = fences.withRequiredCapabilities(Set.of("ACCEPT_RETURNS"));
        if (r.nextInt(5) == 0) fences = fences.withHardPromise(true);
        CostWeights weights = new CostWeights(r.nextInt(600), r.nextInt(40), r.nextInt(3),
                List.of(new DistanceBand(150, 100), new DistanceBand(500, 350)), r.nextInt(900), r.nextInt(400),
                500 + r.nextInt(9_000), r.nextInt(100), 300 + r.nextInt(500), 800);
        RoutingProfile profile = new RoutingProfile("p" + seed, 1, null, null, fences, weights);
        return new Instance(new RoutingProblem(order, locations, excluded), profile);
    }

    /** The cheapest allowed plan's cost, by enumeration. */
    static long bruteForceOptimum(RoutingProblem problem, RoutingProfile profile) {
        List<OrderLine> lines = problem.order().lines();
        List<String> ids = problem.locations().stream().map(CandidateLocation::locationId).toList();
        List<List<List<LineQuantity>>> optionsPerLine = new ArrayList<>();
        for (OrderLine line : lines) {
            List<List<LineQuantity>> options = new ArrayList<>();
            options.add(List.of()); // unassigned
            for (int l = 0; l < ids.size(); l++) {
                List<LineQuantity> whole = new ArrayList<>();
                for (int x = 0; x < ids.size(); x++) whole.add(new LineQuantity(line.lineId(), line.sku(), x == l ? line.quantity() : 0));
                options.add(whole);
            }
            // a split is allowed only when no location can take the line whole: skip enumerating it otherwise
            if (profile.fences().allowLineSplit() && CostModel.wholeTaker(problem, profile, line) == null) splits(line, ids.size(), 0, line.quantity(), new int[ids.size()], options);
            optionsPerLine.add(options);
        }
        long[] best = {Long.MAX_VALUE};
        enumerate(problem, profile, ids, optionsPerLine, 0, new ArrayList<>(), best);
        return best[0];
    }

    private static void splits(OrderLine line, int locations, int at, int left, int[] q, List<List<LineQuantity>> out) {
        if (at == locations - 1) {
            q[at] = left;
            int used = 0;
            for (int v : q) if (v > 0) used++;
            if (used >= 2) {
                List<LineQuantity> option = new ArrayList<>();
                for (int v : q) option.add(new LineQuantity(line.lineId(), line.sku(), v));
                out.add(option);
            }
            return;
        }
        for (int v = 0; v <= left; v++) {
            q[at] = v;
            splits(line, locations, at + 1, left - v, q, out);
        }
    }

    private static void enumerate(RoutingProblem problem, RoutingProfile profile, List<String> ids,
                                  List<List<List<LineQuantity>>> options, int j, List<List<LineQuantity>> chosen, long[] best) {
        if (j == options.size()) {
            List<Assignment> plan = new ArrayList<>();
            for (int l = 0; l < ids.size(); l++) {
                List<LineQuantity> q = new ArrayList<>();
                for (List<LineQuantity> c : chosen) if (!c.isEmpty() && c.get(l).quantity() > 0) q.add(c.get(l));
                if (!q.isEmpty()) plan.add(new Assignment(ids.get(l), q));
            }
            Evaluation e = CostModel.evaluate(problem, profile, plan);
            if (e.allowed()) best[0] = Math.min(best[0], e.cost().total());
            return;
        }
        for (List<LineQuantity> option : options.get(j)) {
            chosen.add(option);
            enumerate(problem, profile, ids, options, j + 1, chosen, best);
            chosen.removeLast();
        }
    }
}
