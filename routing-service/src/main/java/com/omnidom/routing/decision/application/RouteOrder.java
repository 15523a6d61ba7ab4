package com.omnidom.routing.decision.application;

import com.omnidom.events.routing.FulfillmentDeferred;
import com.omnidom.platform.outbox.Outbox;
import com.omnidom.routing.decision.domain.CostCurrencies;
import com.omnidom.routing.decision.domain.DeferredLines;
import com.omnidom.routing.decision.domain.Exclusions;
import com.omnidom.routing.decision.domain.LocationCapacities;
import com.omnidom.routing.decision.domain.OpenLines;
import com.omnidom.routing.decision.domain.QueuedOrders;
import com.omnidom.routing.decision.domain.RoutedOrder;
import com.omnidom.routing.decision.domain.RoutedOrders;
import com.omnidom.routing.decision.domain.RoutingCandidates;
import com.omnidom.routing.decision.domain.RoutingDecisions;
import com.omnidom.routing.decision.domain.RoutingPlan;
import com.omnidom.routing.decision.domain.RoutingPlanner;
import com.omnidom.routing.decision.domain.RoutingTrigger;
import com.omnidom.routing.engine.FewestLocationsThenNearest;
import com.omnidom.routing.engine.RoutingEngine;
import com.omnidom.routing.engine.Shipment;
import com.omnidom.routing.fulfillment.application.FulfillmentEvents;
import com.omnidom.routing.fulfillment.application.FulfillmentMeters;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrder;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrders;
import com.omnidom.routing.fulfillment.domain.LineQuantity;
import com.omnidom.routing.profile.application.ActiveRoutingProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Routes what an order still needs, in one transaction: loads the order's fulfilments, deferred lines, exclusions,
 * profile and candidates; lets the {@link RoutingPlanner} decide (no I/O there); reserves capacity per chosen
 * location in the database, and when another routing took the last capacity meanwhile drops that location and plans
 * again; then stores one fulfilment order plus its {@code FulfillmentAssigned} per shipment, defers lines no location
 * can take now ({@code FulfillmentDeferred} the first time) and records the decision with its explanation. Accepting
 * an order only queues it: the priority window routes it ({@link DrainRoutingQueue}).
 */
@Service
public class RouteOrder {

    private static final Logger log = LoggerFactory.getLogger(RouteOrder.class);

    private final RoutedOrders routedOrders;
    private final Set<String> warnedRefusals = ConcurrentHashMap.newKeySet();
    private final QueuedOrders queue;
    private final RoutingCandidates candidates;
    private final LocationCapacities capacities;
    private final Exclusions exclusions;
    private final RoutingDecisions decisions;
    private final DeferredLines deferredLines;
    private final FulfillmentOrders fulfillments;
    private final ActiveRoutingProfile activeProfile;
    private final ShadowRouting shadowRouting;
    private final Outbox outbox;
    private final RoutingProperties properties;
    private final Clock clock;
    private final FulfillmentMeters fulfillmentMeters;
    private final RoutingPlanner planner;
    private final RoutingMeters meters;
    private final DeferralWatch deferralWatch;

    public RouteOrder(RoutedOrders routedOrders, QueuedOrders queue, RoutingCandidates candidates, LocationCapacities capacities,
                      Exclusions exclusions, RoutingDecisions decisions, DeferredLines deferredLines,
                      FulfillmentOrders fulfillments, ActiveRoutingProfile activeProfile, ShadowRouting shadowRouting, Outbox outbox,
                      RoutingProperties properties, RoutingMeters meters, FulfillmentMeters fulfillmentMeters,
                      DeferralWatch deferralWatch, Clock clock) {
        this.routedOrders = routedOrders;
        this.queue = queue;
        this.candidates = candidates;
        this.capacities = capacities;
        this.exclusions = exclusions;
        this.decisions = decisions;
        this.deferredLines = deferredLines;
        this.fulfillments = fulfillments;
        this.activeProfile = activeProfile;
        this.shadowRouting = shadowRouting;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        this.fulfillmentMeters = fulfillmentMeters;
        this.deferralWatch = deferralWatch;
        // stateless and thread-safe: one instance serves every decision
        this.planner = new RoutingPlanner(properties.strategy().equals(FewestLocationsThenNearest.NAME)
                ? new FewestLocationsThenNearest() : new RoutingEngine());
    }

    /** @return false when the order had been seen before (the same order accepted again changes nothing) */
    @Transactional
    public boolean accept(RoutedOrder order, Instant acceptedAt) {
        if (!routedOrders.insertIfAbsent(order, acceptedAt)) return false;
        queue.enqueue(order.orderId(), RoutingTrigger.ORDER_ACCEPTED);
        return true;
    }

    /**
     * Routes what the order still needs; the caller holds the order's row lock ({@link RoutedOrders#lock}).
     *
     * @return the fulfilment orders created
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<FulfillmentOrder> routeOpenLines(RoutedOrder order, RoutingTrigger trigger) {
        Instant now = clock.instant();
        List<FulfillmentOrder> existing = fulfillments.findByOrderIdOrderByCreatedAtAscIdAsc(order.orderId());
        List<LineQuantity> uncovered = OpenLines.uncovered(order.lines(), OpenLines.held(existing));
        List<LineQuantity> lines = RoutingPlanner.toRoute(uncovered, deferredLines.of(order.orderId()));
        if (lines.isEmpty()) {
            deferredLines.reconcile(order.orderId(), uncovered);
            return List.of();
        }

        Set<String> excluded = exclusions.of(order.orderId());
        ActiveRoutingProfile.Selected profile = activeProfile.forOrder(order.channel(), order.country());
        List<String> skus = lines.stream().map(LineQuantity::sku).distinct().toList();
        var figuresBefore = deferralWatch.before(skus);
        CostCurrencies.Converted all = CostCurrencies.into(profile.currency(), candidates.load(skus, now), properties.rates());
        // a configuration gap (a missing exchange rate): once per location and reason, not once per order
        all.refused().stream().filter(r -> warnedRefusals.add(r.locationId() + " " + r.reason()))
                .forEach(r -> log.warn("location {} is no candidate (first seen for order {}; not logged again): {}",
                        r.locationId(), order.orderId(), r.reason()));
        Set<String> refused = new HashSet<>();
        RoutingPlan plan;
        while (true) {
            RoutingCandidates.Loaded candidatesLeft = all.candidates().without(refused);
            plan = meters.timeDecision(profile.name(),
                    () -> planner.plan(order, lines, candidatesLeft, excluded, profile.profile(), now));
            String full = reserve(plan, profile.profile().fences().respectCapacity());
            if (full == null) break;
            refused.add(full);
        }

        List<FulfillmentOrder> created = plan.fulfillments().stream().map(fulfillments::save).toList();
        fulfillments.flush();
        created.forEach(f -> {
            outbox.append(FulfillmentEvents.assigned(f, now));
            fulfillmentMeters.assigned(f);
        });
        if (!created.isEmpty()) meters.routed(profile.name(), plan.decision());
        if (!plan.unassigned().isEmpty()) {
            Instant retryUntil = now.plus(properties.deferFor());
            List<LineQuantity> fresh = deferredLines.defer(order.orderId(), plan.unassigned(), plan.unassignedReason(), now,
                    retryUntil);
            if (!fresh.isEmpty()) {
                outbox.append(new FulfillmentDeferred(UUID.randomUUID(), now, order.orderId(), FulfillmentEvents.lines(fresh),
                        plan.unassignedReason(), retryUntil));
            }
            deferralWatch.deferred(order.orderId(), plan.unassigned().stream().map(LineQuantity::sku).distinct().toList(),
                    figuresBefore);
        }
        List<FulfillmentOrder> after = new ArrayList<>(existing);
        after.addAll(created);
        List<LineQuantity> stillOpen = OpenLines.uncovered(order.lines(), OpenLines.held(after));
        deferredLines.reconcile(order.orderId(), stillOpen);
        // the order's last line found its location; a re-route after a rejection or failed allocation is no new assignment
        if (!created.isEmpty() && stillOpen.isEmpty() && trigger != RoutingTrigger.FULFILLMENT_REJECTED
                && trigger != RoutingTrigger.STOCK_ALLOCATION_FAILED) {
            routedOrders.acceptedAt(order.orderId()).ifPresent(at -> meters.fullyAssigned(Duration.between(at, now)));
        }
        shadowRouting.decideAlongside(planner.strategy(), plan.problem(), profile, plan.decision(), order.orderId(),
                order.channel(), order.country(), now);
        decisions.store(order.orderId(), trigger, plan.decision().strategy(), profile.id(),
                plan.explanation(order, profile.currency(), excluded, refused, all.refused()), now);
        return created;
    }

    /**
     * Reserves capacity for every shipment, in location-id order (so two routings never wait on each other
     * crosswise). @return the first location that refused, after giving back what this attempt reserved; null when all fit
     */
    private String reserve(RoutingPlan plan, boolean respectCapacity) {
        Map<String, java.time.LocalDate> days = plan.candidates().days();
        List<Shipment> byLocation = plan.decision().shipments().stream()
                .sorted(Comparator.comparing(Shipment::locationId)).toList();
        List<Shipment> reserved = new ArrayList<>();
        for (Shipment s : byLocation) {
            if (!respectCapacity) {
                // the profile lets capacity be exceeded: still counted, never refused
                capacities.reserveRegardless(s.locationId(), days.get(s.locationId()), s.units());
                continue;
            }
            if (!capacities.reserve(s.locationId(), days.get(s.locationId()), s.units())) {
                reserved.forEach(r -> capacities.release(r.locationId(), days.get(r.locationId()), r.units()));
                return s.locationId();
            }
            reserved.add(s);
        }
        return null;
    }
}
