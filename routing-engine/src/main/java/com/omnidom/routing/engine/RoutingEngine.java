package com.omnidom.routing.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cost-optimal routing engine: the minimum-cost assignment of an order's lines to locations under a routing
 * profile, found by depth-first branch and bound (see docs/routing-model.md). Stateless and thread-safe; one
 * instance serves every decision.
 */
public final class RoutingEngine implements RoutingStrategy {

    public static final String NAME = "COST_OPTIMAL";

    private final SearchLimits limits;
    private final FewestLocationsThenNearest baseline = new FewestLocationsThenNearest();

    public RoutingEngine() {
        this(SearchLimits.DEFAULT);
    }

    public RoutingEngine(SearchLimits limits) {
        this.limits = limits;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Decision decide(RoutingProblem problem, RoutingProfile profile) {
        RoutingOrder order = problem.order();
        Map<String, Integer> skuIndex = new HashMap<>();
        for (OrderLine line : order.lines()) skuIndex.putIfAbsent(line.sku(), skuIndex.size());
        String[] skuName = new String[skuIndex.size()];
        skuIndex.forEach((name, i) -> skuName[i] = name);
        // one look-up per location and SKU: the stock maps are the bulk of the memory touched per decision
        List<RelevantLocation> relevant = new ArrayList<>();
        for (CandidateLocation location : problem.locations()) {
            Stock[] row = new Stock[skuName.length];
            boolean holds = location.locationId().equals(order.pickupLocationId());
            for (int s = 0; s < skuName.length; s++) {
                Stock stock = location.stock(skuName[s]);
                row[s] = stock;
                holds |= stock != null && (stock.usableNow() > 0 || stock.hasInbound());
            }
            if (holds) relevant.add(new RelevantLocation(new LocationTerms(problem, profile, location), row));
        }
        relevant.sort(Comparator.comparing(r -> r.terms().location.locationId()));
        Search search = new Search(problem, profile, relevant, skuIndex, skuName, limits);
        search.run();
        // a search cut short also weighs the baseline's plan: the engine never returns a worse plan than the baseline
        if (search.aborted && !order.lines().isEmpty()) {
            List<LocationTerms> terms = relevant.stream().map(RelevantLocation::terms).toList();
            search.seed(baseline.plan(problem, profile, terms).assignments());
        }
        return search.decision();
    }
}
