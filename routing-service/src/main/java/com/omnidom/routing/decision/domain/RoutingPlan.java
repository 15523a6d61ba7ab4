package com.omnidom.routing.decision.domain;

import com.omnidom.kernel.Money;
import com.omnidom.routing.decision.domain.RoutingExplanation.CurrencyRefusal;
import com.omnidom.routing.decision.domain.RoutingExplanation.Pick;
import com.omnidom.routing.engine.Decision;
import com.omnidom.routing.engine.RoutingProblem;
import com.omnidom.routing.engine.Shipment;
import com.omnidom.routing.engine.UnassignedLine;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrder;
import com.omnidom.routing.fulfillment.domain.LineQuantity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the planner decided for an order: the engine's decision on its problem, one fulfilment order per shipment
 * (in the decision's order) and the lines no location can take now, with the reasons joined.
 */
public record RoutingPlan(RoutingProblem problem, Decision decision, RoutingCandidates.Loaded candidates,
                          List<FulfillmentOrder> fulfillments, List<LineQuantity> unassigned, String unassignedReason) {

    public RoutingPlan {
        fulfillments = List.copyOf(fulfillments);
        unassigned = List.copyOf(unassigned);
    }

    /**
     * The decision as stored and served, with what routing added around the plan.
     *
     * @param excluded            locations the order must not go to again
     * @param refusedForCapacity  locations that refused a reservation while deciding
     * @param refusedForCurrency  locations whose costs could not be converted into {@code currency}
     */
    public RoutingExplanation explanation(RoutedOrder order, Currency currency, Set<String> excluded,
                                          Set<String> refusedForCapacity, List<CurrencyRefusal> refusedForCurrency) {
        Decision d = decision;
        List<Pick> picks = new ArrayList<>();
        for (int i = 0; i < d.shipments().size(); i++) {
            Shipment s = d.shipments().get(i);
            String reason = String.format(Locale.ROOT, "ships %d units from %s (%s), %s, costing %s", s.units(), s.locationId(),
                    s.type(), s.distanceKm() == null ? "distance unknown" : String.format(Locale.ROOT, "%.1f km away", s.distanceKm()),
                    Money.ofMinor(s.cost().total(), currency)) + promise(s, order.promiseDate());
            picks.add(new Pick(fulfillments.get(i).id().value(), s.locationId(),
                    s.lines().stream().map(com.omnidom.routing.engine.LineQuantity::lineId).toList(), s.units(), s.distanceKm(),
                    s.cost().total(), reason));
        }
        return new RoutingExplanation(d.profileId(), d.profileVersion(), currency.getCurrencyCode(),
                // the engine's shipments say when each delivers and how late; the promise they are measured against is ours
                order.promiseDate() == null ? null : order.promiseDate().toString(), d.totalCost(), d.cost(),
                d.provenOptimal(), d.nodesExplored(), candidates.locations().size(), excluded.stream().sorted().toList(),
                refusedForCapacity.stream().sorted().toList(), List.copyOf(refusedForCurrency), picks, d.shipments(),
                d.unassigned(), d.unassigned().stream().map(UnassignedLine::lineId).toList(),
                d.unassigned().isEmpty() ? null : unassignedReason, d.alternatives(), d.exclusions(), d.notes());
    }

    private static String promise(Shipment s, LocalDate promiseDate) {
        if (promiseDate == null) return "";
        return s.lateDays() == 0 ? ", delivers " + s.deliveryDate() + " by the promised " + promiseDate
                : ", delivers " + s.deliveryDate() + ", " + s.lateDays() + " days after the promised " + promiseDate;
    }
}
