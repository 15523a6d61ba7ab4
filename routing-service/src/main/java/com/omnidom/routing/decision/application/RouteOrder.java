package com.omnidom.routing.decision.application;

import com.omnidom.events.routing.FulfillmentUnroutable;
import com.omnidom.platform.outbox.Outbox;
import com.omnidom.routing.decision.domain.Assignment;
import com.omnidom.routing.decision.domain.FewestLocationsThenNearest;
import com.omnidom.routing.decision.domain.RoutedOrder;
import com.omnidom.routing.decision.domain.RoutingPlan;
import com.omnidom.routing.decision.domain.RoutingRequest;
import com.omnidom.routing.decision.domain.RoutingTrigger;
import com.omnidom.routing.fulfillment.application.FulfillmentEvents;
import com.omnidom.routing.fulfillment.domain.FulfillmentId;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrder;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrders;
import com.omnidom.routing.fulfillment.domain.LineQuantity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Routes an accepted order: the strategy plans over the candidates, the database reserves capacity per chosen
 * location, and one fulfilment order plus its {@code FulfillmentAssigned} is written per location, all in one
 * transaction with the decision's explanation. A reservation refused because another routing took the last
 * capacity meanwhile drops that location and plans again.
 */
@Service
public class RouteOrder {

    private final RoutedOrders routedOrders;
    private final RoutingCandidates candidates;
    private final CapacityLedger capacity;
    private final Exclusions exclusions;
    private final RoutingDecisions decisions;
    private final FulfillmentOrders fulfillments;
    private final Outbox outbox;
    private final Clock clock;
    private final FewestLocationsThenNearest strategy = new FewestLocationsThenNearest();

    public RouteOrder(RoutedOrders routedOrders, RoutingCandidates candidates, CapacityLedger capacity,
                      Exclusions exclusions, RoutingDecisions decisions, FulfillmentOrders fulfillments, Outbox outbox,
                      Clock clock) {
        this.routedOrders = routedOrders;
        this.candidates = candidates;
        this.capacity = capacity;
        this.exclusions = exclusions;
        this.decisions = decisions;
        this.fulfillments = fulfillments;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return false when the order had been routed before (the same order accepted again changes nothing) */
    @Transactional
    public boolean accept(RoutedOrder order, Instant acceptedAt) {
        if (!routedOrders.insertIfAbsent(order, acceptedAt)) return false;
        route(order, order.lines(), RoutingTrigger.ORDER_ACCEPTED);
        return true;
    }

    /** Routes {@code lines} of the order, never to a location excluded for it; inside the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<FulfillmentOrder> route(RoutedOrder order, List<LineQuantity> lines, RoutingTrigger trigger) {
        Instant now = clock.instant();
        Set<String> excluded = exclusions.of(order.orderId());
        RoutingRequest request = order.request(lines, excluded);
        RoutingCandidates.Loaded loaded = candidates.load(lines.stream().map(LineQuantity::sku).distinct().toList(), now);

        Set<String> refused = new HashSet<>();
        RoutingPlan plan;
        while (true) {
            plan = strategy.route(request, loaded.without(refused));
            String full = reserve(plan, loaded);
            if (full == null) break;
            refused.add(full);
        }

        List<FulfillmentOrder> created = new ArrayList<>();
        for (Assignment a : plan.assignments()) {
            created.add(fulfillments.save(FulfillmentOrder.assign(FulfillmentId.random(), order.orderId(), a.locationId(),
                    order.mode(), a.lines(), order.priority(), loaded.days().get(a.locationId()), now)));
        }
        fulfillments.flush();
        created.forEach(f -> outbox.append(FulfillmentEvents.assigned(f, now)));
        if (!plan.unroutable().isEmpty()) {
            outbox.append(new FulfillmentUnroutable(UUID.randomUUID(), now, order.orderId(),
                    FulfillmentEvents.lines(plan.unroutable()), plan.unroutableReason()));
        }
        decisions.record(order.orderId(), trigger, FewestLocationsThenNearest.NAME, loaded.candidates().size(), excluded,
                refused, plan, created.stream().map(FulfillmentOrder::id).toList(), now);
        return created;
    }

    /**
     * Reserves capacity for every assignment, in location-id order (so two routings never wait on each other
     * crosswise). @return the first location that refused, after giving back what this attempt reserved; null when all fit
     */
    private String reserve(RoutingPlan plan, RoutingCandidates.Loaded loaded) {
        List<Assignment> byLocation = plan.assignments().stream()
                .sorted(Comparator.comparing(Assignment::locationId)).toList();
        List<Assignment> reserved = new ArrayList<>();
        for (Assignment a : byLocation) {
            if (!capacity.reserve(a.locationId(), loaded.days().get(a.locationId()), a.units())) {
                reserved.forEach(r -> capacity.release(r.locationId(), loaded.days().get(r.locationId()), r.units()));
                return a.locationId();
            }
            reserved.add(a);
        }
        return null;
    }
}
