package com.omnidom.routing.decision.domain;

import com.omnidom.routing.engine.Decision;
import com.omnidom.routing.engine.RoutingProblem;
import com.omnidom.routing.engine.RoutingProfile;
import com.omnidom.routing.engine.RoutingStrategy;
import com.omnidom.routing.engine.Shipment;
import com.omnidom.routing.engine.UnassignedLine;
import com.omnidom.routing.fulfillment.domain.FulfillmentId;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrder;
import com.omnidom.routing.fulfillment.domain.LineQuantity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Routing's planning step, without I/O: what the order still needs, the candidates (costs already in the profile's
 * currency, see {@link CostCurrencies}), the locations it must not go to and the profile in; the engine's decision,
 * the fulfilment orders it means and the lines left without a location out. Reserving capacity, storing and
 * publishing are the caller's. Stateless and thread-safe, as the strategy is.
 */
public final class RoutingPlanner {

    private final RoutingStrategy strategy;

    public RoutingPlanner(RoutingStrategy strategy) {
        this.strategy = strategy;
    }

    public RoutingStrategy strategy() {
        return strategy;
    }

    /** What the order still needs: uncovered units, minus lines already reported unroutable. */
    public static List<LineQuantity> toRoute(List<LineQuantity> uncovered, Map<String, DeferredLines.Deferred> deferred) {
        return uncovered.stream()
                .filter(l -> deferred.get(l.lineId()) == null || !deferred.get(l.lineId()).unroutable()).toList();
    }

    public RoutingPlan plan(RoutedOrder order, List<LineQuantity> lines, RoutingCandidates.Loaded candidates,
                            Set<String> excluded, RoutingProfile profile, Instant now) {
        RoutingProblem problem = EngineProblems.problem(order, lines, candidates, excluded, now);
        Decision decision = strategy.decide(problem, profile);
        List<FulfillmentOrder> fulfillments = new ArrayList<>();
        for (Shipment s : decision.shipments()) {
            RoutingCandidates.Location location = candidates.locations().stream()
                    .filter(l -> l.locationId().equals(s.locationId())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the engine chose " + s.locationId() + ", which was no candidate"));
            fulfillments.add(FulfillmentOrder.assign(FulfillmentId.random(), order.orderId(), s.locationId(), order.mode(),
                    s.lines().stream().map(l -> new LineQuantity(l.lineId(), l.sku(), l.quantity())).toList(), order.priority(),
                    candidates.days().get(s.locationId()), order.channel(),
                    EngineProblems.promisedBy(s, location, order.channel(), now), false, now));
        }
        List<LineQuantity> unassigned = decision.unassigned().stream()
                .map(u -> new LineQuantity(u.lineId(), u.sku(), u.quantity())).toList();
        String reason = decision.unassigned().stream().map(UnassignedLine::reason).distinct().collect(Collectors.joining("; "));
        return new RoutingPlan(problem, decision, candidates, fulfillments, unassigned, reason);
    }
}
