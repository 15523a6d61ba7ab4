package com.omnidom.routing.decision.application;

import com.omnidom.platform.outbox.Outbox;
import com.omnidom.platform.web.InvalidRequest;
import com.omnidom.platform.web.ResourceNotFound;
import com.omnidom.platform.web.StateConflict;
import com.omnidom.routing.decision.domain.CostCurrencies;
import com.omnidom.routing.decision.domain.DeferredLines;
import com.omnidom.routing.decision.domain.EngineProblems;
import com.omnidom.routing.decision.domain.Exclusions;
import com.omnidom.routing.decision.domain.LocationCapacities;
import com.omnidom.routing.decision.domain.ManualExplanation;
import com.omnidom.routing.decision.domain.OpenLines;
import com.omnidom.routing.decision.domain.RoutedOrder;
import com.omnidom.routing.decision.domain.RoutedOrders;
import com.omnidom.routing.decision.domain.RoutingCandidates;
import com.omnidom.routing.decision.domain.RoutingDecisions;
import com.omnidom.routing.decision.domain.RoutingTrigger;
import com.omnidom.routing.engine.Assignment;
import com.omnidom.routing.engine.CostModel;
import com.omnidom.routing.engine.Evaluation;
import com.omnidom.routing.fulfillment.application.FulfillmentEvents;
import com.omnidom.routing.fulfillment.application.FulfillmentMeters;
import com.omnidom.routing.fulfillment.application.FulfillmentView;
import com.omnidom.routing.fulfillment.domain.FulfillmentId;
import com.omnidom.routing.fulfillment.domain.FulfillmentMode;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrder;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrders;
import com.omnidom.routing.fulfillment.domain.LineQuantity;
import com.omnidom.routing.profile.application.ActiveRoutingProfile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An operator sends open lines (not held by any live fulfilment: waiting, deferred or unroutable) to a location of
 * their choice. Fences may be overridden (inactive location, missing capability, capacity, exclusion after a
 * failure, not the pickup store) and each override is recorded in the decision; stock never: the location must have
 * the units available, or inventory could not allocate them anyway. The fulfilment's {@code FulfillmentAssigned}
 * says {@code manual=true}.
 */
@Service
public class AssignManually {

    public static final String STRATEGY = "MANUAL";

    /** One line and the units to assign. */
    public record Line(String lineId, int quantity) {
    }

    /** The fulfilment created and the fences the operator overrode (empty when none). */
    public record Result(FulfillmentView fulfillment, List<String> overriddenFences) {
    }

    private final RoutedOrders routedOrders;
    private final FulfillmentOrders fulfillments;
    private final RoutingCandidates candidates;
    private final DeferredLines deferredLines;
    private final Exclusions exclusions;
    private final LocationCapacities capacity;
    private final RoutingDecisions decisions;
    private final ActiveRoutingProfile activeProfile;
    private final Outbox outbox;
    private final FulfillmentMeters meters;
    private final RoutingProperties properties;
    private final Clock clock;

    public AssignManually(RoutedOrders routedOrders, FulfillmentOrders fulfillments, RoutingCandidates candidates,
                          DeferredLines deferredLines, Exclusions exclusions, LocationCapacities capacity,
                          RoutingDecisions decisions, ActiveRoutingProfile activeProfile, Outbox outbox,
                          FulfillmentMeters meters, RoutingProperties properties, Clock clock) {
        this.routedOrders = routedOrders;
        this.fulfillments = fulfillments;
        this.candidates = candidates;
        this.deferredLines = deferredLines;
        this.exclusions = exclusions;
        this.capacity = capacity;
        this.decisions = decisions;
        this.activeProfile = activeProfile;
        this.outbox = outbox;
        this.meters = meters;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public Result assign(UUID orderId, String locationId, List<Line> lines, String operator, String reason) {
        Instant now = clock.instant();
        RoutedOrder order = routedOrders.lock(orderId)
                .orElseThrow(() -> new ResourceNotFound("No routed order with id " + orderId + "."));
        Map<String, Integer> asked = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (asked.put(lines.get(i).lineId(), lines.get(i).quantity()) != null) {
                throw new InvalidRequest("lines[" + i + "].lineId", "line " + lines.get(i).lineId() + " is named twice");
            }
        }

        List<FulfillmentOrder> ofOrder = fulfillments.findByOrderIdOrderByCreatedAtAscIdAsc(orderId);
        Map<String, LineQuantity> open = new HashMap<>();
        OpenLines.uncovered(order.lines(), OpenLines.held(ofOrder)).forEach(l -> open.put(l.lineId(), l));
        List<LineQuantity> assigned = new ArrayList<>();
        asked.forEach((lineId, quantity) -> {
            LineQuantity line = open.get(lineId);
            int openUnits = line == null ? 0 : line.quantity();
            if (openUnits < quantity) {
                throw new StateConflict("Line " + lineId + " of order " + orderId + " has " + openUnits + " open units (not held "
                        + "by a fulfilment, not cancelled); " + quantity + " cannot be assigned.");
            }
            assigned.add(new LineQuantity(lineId, line.sku(), quantity));
        });

        RoutingCandidates.Location location = candidates.location(locationId,
                        assigned.stream().map(LineQuantity::sku).distinct().toList(), now)
                .orElseThrow(() -> new InvalidRequest("locationId", "unknown location " + locationId));
        Map<String, Integer> perSku = new HashMap<>();
        assigned.forEach(l -> perSku.merge(l.sku(), l.quantity(), Integer::sum));
        perSku.forEach((sku, units) -> {
            RoutingCandidates.SkuStock stock = location.stock().get(sku);
            int available = stock == null ? 0 : stock.available() + EngineProblems.reservedFor(stock, order.channel(), now);
            if (available < units) {
                throw new StateConflict("Location " + locationId + " has " + available + " of " + sku
                        + " available, " + units + " asked: a manual assignment may override fences, never stock.");
            }
        });

        Set<String> excluded = exclusions.of(orderId);
        List<String> overridden = overriddenFences(order, location, excluded, assigned);
        // the engine costs the operator's plan under the order's profile and names every fence it breaks
        ActiveRoutingProfile.Selected profile = activeProfile.forOrder(order.channel(), order.country());
        RoutingCandidates.Location costed;
        try {
            costed = CostCurrencies.convert(location, profile.currency(), properties.rates());
        } catch (CostCurrencies.Unconvertible e) {
            // never a candidate for routing; the operator may still send lines there, costed without its own costs
            overridden.add("location " + e.getMessage() + ": not costed");
            costed = CostCurrencies.withoutCosts(location);
        }
        LocalDate day = LocalDate.ofInstant(now, location.zone());
        Evaluation evaluation = CostModel.evaluate(
                EngineProblems.problem(order, assigned, new RoutingCandidates.Loaded(List.of(costed), Map.of(locationId, day)),
                        excluded, now),
                profile.profile(), List.of(new Assignment(locationId, assigned.stream()
                        .map(l -> new com.omnidom.routing.engine.LineQuantity(l.lineId(), l.sku(), l.quantity())).toList())));
        int units = assigned.stream().mapToInt(LineQuantity::quantity).sum();
        capacity.reserveRegardless(locationId, day, units);
        FulfillmentOrder f = fulfillments.save(FulfillmentOrder.assign(FulfillmentId.random(), orderId, locationId, order.mode(),
                assigned, order.priority(), day, order.channel(), null, true, now));
        fulfillments.flush();
        outbox.append(FulfillmentEvents.assigned(f, now));
        meters.assigned(f);

        List<FulfillmentOrder> after = new ArrayList<>(ofOrder);
        after.add(f);
        deferredLines.reconcile(orderId, OpenLines.uncovered(order.lines(), OpenLines.held(after)));
        ManualExplanation explanation = new ManualExplanation(true, operator, reason, f.id().value(), locationId, assigned,
                overridden, evaluation.violations(), profile.currency().getCurrencyCode(), evaluation.cost().total(),
                evaluation.cost(), evaluation.shipments());
        decisions.store(orderId, RoutingTrigger.MANUAL_ASSIGNMENT, STRATEGY, profile.id(), explanation, now);
        return new Result(FulfillmentView.of(f), overridden);
    }

    private static List<String> overriddenFences(RoutedOrder order, RoutingCandidates.Location location, Set<String> excluded,
                                                 List<LineQuantity> lines) {
        List<String> fences = new ArrayList<>();
        if (!location.active()) fences.add("location is inactive");
        if (!location.capabilities().contains(order.mode().name())) fences.add("location does not offer " + order.mode());
        if (order.mode() == FulfillmentMode.PICKUP && !location.locationId().equals(order.pickupLocationId())) {
            fences.add("not the customer's pickup store " + order.pickupLocationId());
        }
        if (excluded.contains(location.locationId())) fences.add("location failed or rejected this order before");
        if (location.ordersLeft() != null && location.ordersLeft() < 1) fences.add("no order capacity left today");
        int units = lines.stream().mapToInt(LineQuantity::quantity).sum();
        if (location.unitsLeft() != null && location.unitsLeft() < units) fences.add("no units capacity left today");
        return fences;
    }
}
