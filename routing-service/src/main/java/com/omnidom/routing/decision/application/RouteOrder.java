package com.omnidom.routing.decision.application;

import com.omnidom.events.routing.FulfillmentDeferred;
import com.omnidom.platform.outbox.Outbox;
import com.omnidom.routing.decision.domain.OpenLines;
import com.omnidom.routing.decision.domain.RoutedOrder;
import com.omnidom.routing.decision.domain.RoutingTrigger;
import com.omnidom.routing.engine.Decision;
import com.omnidom.routing.engine.FewestLocationsThenNearest;
import com.omnidom.routing.engine.RoutingEngine;
import com.omnidom.routing.engine.RoutingProblem;
import com.omnidom.routing.engine.RoutingStrategy;
import com.omnidom.routing.engine.Shipment;
import com.omnidom.routing.engine.UnassignedLine;
import com.omnidom.routing.fulfillment.application.FulfillmentEvents;
import com.omnidom.routing.fulfillment.domain.FulfillmentId;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrder;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrders;
import com.omnidom.routing.fulfillment.domain.LineQuantity;
import com.omnidom.routing.profile.application.ActiveRoutingProfile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Routes what an order still needs: its open lines minus what live fulfilments hold, minus lines already reported
 * unroutable. The routing engine decides under the order's active profile over the candidates from the replicas;
 * the database reserves capacity per chosen location; one fulfilment order plus its {@code FulfillmentAssigned} is
 * written per shipment, and lines no location can take now are deferred ({@code FulfillmentDeferred} the first
 * time), all in one transaction with the decision's explanation. A reservation refused because another routing took
 * the last capacity meanwhile drops that location and decides again. Accepting an order only queues it: the
 * priority window routes it ({@link DrainRoutingQueue}).
 */
@Service
public class RouteOrder {

    private final RoutedOrders routedOrders;
    private final RoutingQueue queue;
    private final RoutingCandidates candidates;
    private final CapacityLedger capacity;
    private final Exclusions exclusions;
    private final RoutingDecisions decisions;
    private final DeferredLines deferredLines;
    private final FulfillmentOrders fulfillments;
    private final ActiveRoutingProfile activeProfile;
    private final ShadowRouting shadowRouting;
    private final Outbox outbox;
    private final RoutingProperties properties;
    private final Clock clock;
    private final RoutingStrategy strategy;

    public RouteOrder(RoutedOrders routedOrders, RoutingQueue queue, RoutingCandidates candidates, CapacityLedger capacity,
                      Exclusions exclusions, RoutingDecisions decisions, DeferredLines deferredLines,
                      FulfillmentOrders fulfillments, ActiveRoutingProfile activeProfile, ShadowRouting shadowRouting, Outbox outbox,
                      RoutingProperties properties, Clock clock) {
        this.routedOrders = routedOrders;
        this.queue = queue;
        this.candidates = candidates;
        this.capacity = capacity;
        this.exclusions = exclusions;
        this.decisions = decisions;
        this.deferredLines = deferredLines;
        this.fulfillments = fulfillments;
        this.activeProfile = activeProfile;
        this.shadowRouting = shadowRouting;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
        // stateless and thread-safe: one instance serves every decision
        this.strategy = properties.strategy().equals(FewestLocationsThenNearest.NAME)
                ? new FewestLocationsThenNearest() : new RoutingEngine();
    }

    /** @return false when the order had been seen before (the same order accepted again changes nothing) */
    @Transactional
    public boolean accept(RoutedOrder order, Instant acceptedAt) {
        if (!routedOrders.insertIfAbsent(order, acceptedAt)) return false;
        queue.enqueue(order.orderId(), RoutingTrigger.ORDER_ACCEPTED);
        return true;
    }

    /** Live fulfilments of the order, as {@link OpenLines} needs them. */
    static List<OpenLines.Held> held(List<FulfillmentOrder> ofOrder) {
        return ofOrder.stream().filter(f -> f.status().holdsLines())
                .map(f -> new OpenLines.Held(f.id().value(), f.status().cancellable(), f.lines())).toList();
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
        List<LineQuantity> uncovered = OpenLines.uncovered(order.lines(), held(existing));
        Map<String, DeferredLines.Deferred> deferred = deferredLines.of(order.orderId());
        List<LineQuantity> lines = uncovered.stream()
                .filter(l -> deferred.get(l.lineId()) == null || !deferred.get(l.lineId()).unroutable()).toList();
        if (lines.isEmpty()) {
            deferredLines.reconcile(order.orderId(), uncovered);
            return List.of();
        }

        Set<String> excluded = exclusions.of(order.orderId());
        ActiveRoutingProfile.Selected profile = activeProfile.forOrder(order.channel(), order.country());
        RoutingCandidates.Loaded all = candidates.load(lines.stream().map(LineQuantity::sku).distinct().toList(), now);
        Set<String> refused = new HashSet<>();
        Decision decision;
        RoutingCandidates.Loaded loaded;
        RoutingProblem problem;
        while (true) {
            loaded = all.without(refused);
            problem = EngineProblems.problem(order, lines, loaded, excluded, now);
            decision = strategy.decide(problem, profile.profile());
            String full = reserve(decision, loaded, profile.profile().fences().respectCapacity());
            if (full == null) break;
            refused.add(full);
        }

        List<FulfillmentOrder> created = new ArrayList<>();
        for (Shipment s : decision.shipments()) {
            RoutingCandidates.Location location = find(loaded, s.locationId());
            created.add(fulfillments.save(FulfillmentOrder.assign(FulfillmentId.random(), order.orderId(), s.locationId(),
                    order.mode(), lines(s), order.priority(), loaded.days().get(s.locationId()), order.channel(),
                    EngineProblems.promisedBy(s, location, order.channel(), now), false, now)));
        }
        fulfillments.flush();
        created.forEach(f -> outbox.append(FulfillmentEvents.assigned(f, now)));
        String unassignedReason = decision.unassigned().stream().map(UnassignedLine::reason).distinct()
                .collect(Collectors.joining("; "));
        if (!decision.unassigned().isEmpty()) {
            Instant retryUntil = now.plus(properties.deferFor());
            List<LineQuantity> unassigned = decision.unassigned().stream()
                    .map(u -> new LineQuantity(u.lineId(), u.sku(), u.quantity())).toList();
            List<LineQuantity> fresh = deferredLines.defer(order.orderId(), unassigned, unassignedReason, now, retryUntil);
            if (!fresh.isEmpty()) {
                outbox.append(new FulfillmentDeferred(UUID.randomUUID(), now, order.orderId(), FulfillmentEvents.lines(fresh),
                        unassignedReason, retryUntil));
            }
        }
        List<FulfillmentOrder> after = new ArrayList<>(existing);
        after.addAll(created);
        deferredLines.reconcile(order.orderId(), OpenLines.uncovered(order.lines(), held(after)));
        shadowRouting.decideAlongside(strategy, problem, profile, decision, order.orderId(), order.channel(), order.country(), now);
        decisions.store(order.orderId(), trigger, decision.strategy(), profile.id(),
                explanation(decision, order, created, loaded.locations().size(), excluded, refused, unassignedReason), now);
        return created;
    }

    private static String promise(Shipment s, LocalDate promiseDate) {
        if (promiseDate == null) return "";
        return s.lateDays() == 0 ? ", delivers " + s.deliveryDate() + " by the promised " + promiseDate
                : ", delivers " + s.deliveryDate() + ", " + s.lateDays() + " days after the promised " + promiseDate;
    }

    /**
     * The decision as stored and served: the engine's explanation (cost breakdown per component and shipment,
     * alternatives, exclusions by fence, provenOptimal, notes) plus what routing added (the promise date, fulfilment
     * ids, locations excluded after failures, locations refused for capacity) and a sentence per pick for people.
     */
    private static Map<String, Object> explanation(Decision d, RoutedOrder order, List<FulfillmentOrder> created,
                                                   int candidates, Set<String> excluded, Set<String> refused, String unassignedReason) {
        List<Map<String, Object>> picks = new ArrayList<>();
        for (int i = 0; i < d.shipments().size(); i++) {
            Shipment s = d.shipments().get(i);
            int units = s.lines().stream().mapToInt(com.omnidom.routing.engine.LineQuantity::quantity).sum();
            Map<String, Object> pick = new LinkedHashMap<>();
            pick.put("fulfillmentId", created.get(i).id().value());
            pick.put("locationId", s.locationId());
            pick.put("lineIds", s.lines().stream().map(com.omnidom.routing.engine.LineQuantity::lineId).toList());
            pick.put("units", units);
            pick.put("distanceKm", s.distanceKm());
            pick.put("cost", s.cost().total());
            pick.put("reason", String.format(Locale.ROOT, "ships %d units from %s (%s), %s, costing %s", units, s.locationId(),
                    s.type(), s.distanceKm() == null ? "distance unknown" : String.format(Locale.ROOT, "%.1f km away", s.distanceKm()),
                    money(s.cost().total())) + promise(s, order.promiseDate()));
            picks.add(pick);
        }
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("profileId", d.profileId());
        e.put("profileVersion", d.profileVersion());
        // the engine's shipments say when each delivers and how late; the promise they are measured against is ours
        e.put("promiseDate", order.promiseDate() == null ? null : order.promiseDate().toString());
        e.put("totalCost", d.totalCost());
        e.put("cost", d.cost());
        e.put("provenOptimal", d.provenOptimal());
        e.put("nodesExplored", d.nodesExplored());
        e.put("candidates", candidates);
        e.put("excluded", excluded.stream().sorted().toList());
        e.put("refusedForCapacity", refused.stream().sorted().toList());
        e.put("assignments", picks);
        e.put("shipments", d.shipments());
        e.put("unassigned", d.unassigned());
        e.put("unroutableLineIds", d.unassigned().stream().map(UnassignedLine::lineId).toList());
        e.put("unroutableReason", d.unassigned().isEmpty() ? null : unassignedReason);
        e.put("alternatives", d.alternatives());
        e.put("exclusions", d.exclusions());
        e.put("notes", d.notes());
        return e;
    }

    private static String money(long minor) {
        return String.format(Locale.ROOT, "%d.%02d", minor / 100, minor % 100);
    }

    private static List<LineQuantity> lines(Shipment s) {
        return s.lines().stream().map(l -> new LineQuantity(l.lineId(), l.sku(), l.quantity())).toList();
    }

    private static RoutingCandidates.Location find(RoutingCandidates.Loaded loaded, String locationId) {
        return loaded.locations().stream().filter(l -> l.locationId().equals(locationId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the engine chose " + locationId + ", which was no candidate"));
    }

    /**
     * Reserves capacity for every shipment, in location-id order (so two routings never wait on each other
     * crosswise). @return the first location that refused, after giving back what this attempt reserved; null when all fit
     */
    private String reserve(Decision decision, RoutingCandidates.Loaded loaded, boolean respectCapacity) {
        List<Shipment> byLocation = decision.shipments().stream()
                .sorted(Comparator.comparing(Shipment::locationId)).toList();
        List<Shipment> reserved = new ArrayList<>();
        for (Shipment s : byLocation) {
            if (!respectCapacity) {
                // the profile lets capacity be exceeded: still counted, never refused
                capacity.reserveRegardless(s.locationId(), loaded.days().get(s.locationId()), units(s));
                continue;
            }
            if (!capacity.reserve(s.locationId(), loaded.days().get(s.locationId()), units(s))) {
                reserved.forEach(r -> capacity.release(r.locationId(), loaded.days().get(r.locationId()), units(r)));
                return s.locationId();
            }
            reserved.add(s);
        }
        return null;
    }

    private static int units(Shipment s) {
        return s.lines().stream().mapToInt(com.omnidom.routing.engine.LineQuantity::quantity).sum();
    }
}
