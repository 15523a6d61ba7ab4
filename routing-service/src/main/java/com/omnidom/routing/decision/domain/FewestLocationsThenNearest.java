package com.omnidom.routing.decision.domain;

import com.omnidom.routing.fulfillment.domain.FulfillmentMode;
import com.omnidom.routing.fulfillment.domain.LineQuantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The first routing strategy, the baseline a later engine must beat: as few locations as possible, then the
 * nearest. Greedy set cover over whole lines (a line is never split): take the location that can serve the most
 * of the remaining units, ties to the nearer one, then to the smaller id; repeat until every line is served or no
 * location can serve any. Greedy is not optimal (it can use one location more than needed), but it is
 * predictable, explainable and fast; the decision names the units and distance behind every pick.
 * <p>
 * SHIP orders consider active locations offering SHIP, not excluded, with capacity left. PICKUP orders go to the
 * pickup store only, and only when it can serve every line; otherwise they are unroutable for now.
 * A pure function: same request and candidates, same plan.
 */
public final class FewestLocationsThenNearest {

    public static final String NAME = "FEWEST_LOCATIONS_THEN_NEAREST";

    public RoutingPlan route(RoutingRequest request, List<Candidate> candidates) {
        if (request.lines().isEmpty()) return new RoutingPlan(List.of(), List.of(), null);
        return request.mode() == FulfillmentMode.PICKUP ? routePickup(request, candidates) : routeShipping(request, candidates);
    }

    private RoutingPlan routeShipping(RoutingRequest request, List<Candidate> candidates) {
        List<Candidate> eligible = candidates.stream()
                .filter(c -> c.active() && c.offers(FulfillmentMode.SHIP) && !request.excluded().contains(c.locationId())
                        && c.takesAnotherOrder())
                .toList();
        List<LineQuantity> remaining = new ArrayList<>(request.lines());
        List<Assignment> assignments = new ArrayList<>();
        Set<String> chosen = new HashSet<>();
        while (!remaining.isEmpty()) {
            Pick best = null;
            for (Candidate candidate : eligible) {
                if (chosen.contains(candidate.locationId())) continue;
                List<LineQuantity> served = servable(candidate, remaining);
                if (served.isEmpty()) continue;
                Pick pick = new Pick(candidate, served, distance(request.destination(), candidate));
                if (best == null || BETTER_FIRST.compare(pick, best) < 0) best = pick;
            }
            if (best == null) break;
            int remainingUnits = units(remaining);
            assignments.add(new Assignment(best.candidate.locationId(), best.lines, best.distanceKm(),
                    "serves " + best.units() + " of " + remainingUnits + " remaining units (" + best.lines.size()
                            + (best.lines.size() == 1 ? " line" : " lines") + "), the most of any eligible location"
                            + distanceText(best)));
            chosen.add(best.candidate.locationId());
            remaining.removeAll(best.lines);
        }
        if (remaining.isEmpty()) return new RoutingPlan(assignments, List.of(), null);
        String reason = eligible.isEmpty()
                ? "no active location offering SHIP with capacity left today" + excludedText(request)
                : "no eligible location has the stock (and units capacity) for these lines" + excludedText(request);
        return new RoutingPlan(assignments, remaining, reason);
    }

    private RoutingPlan routePickup(RoutingRequest request, List<Candidate> candidates) {
        String store = request.pickupLocationId();
        if (store == null || store.isBlank()) return unroutable(request, "pickup order names no pickup store");
        if (request.excluded().contains(store)) {
            return unroutable(request, "pickup store " + store + " failed or rejected this order before");
        }
        Candidate candidate = candidates.stream().filter(c -> c.locationId().equals(store)).findFirst().orElse(null);
        if (candidate == null) return unroutable(request, "pickup store " + store + " is unknown or has none of these articles");
        if (!candidate.active()) return unroutable(request, "pickup store " + store + " is inactive");
        if (!candidate.offers(FulfillmentMode.PICKUP)) return unroutable(request, "pickup store " + store + " does not offer PICKUP");
        if (!candidate.takesAnotherOrder()) return unroutable(request, "pickup store " + store + " has no order capacity left today");
        List<LineQuantity> served = servable(candidate, request.lines());
        if (served.size() < request.lines().size()) {
            return unroutable(request, "pickup store " + store + " cannot serve every line (stock or units capacity)");
        }
        return new RoutingPlan(List.of(new Assignment(store, request.lines(), distance(request.destination(), candidate),
                "the customer's pickup store, serving every line")), List.of(), null);
    }

    /**
     * The remaining lines this location can serve entirely, within its stock and units capacity. Larger lines
     * are tried first (they cover more units); lines of the same SKU draw on the same stock.
     */
    static List<LineQuantity> servable(Candidate candidate, List<LineQuantity> lines) {
        Map<String, Integer> stock = new HashMap<>();
        Integer unitsLeft = candidate.unitsLeft();
        Set<LineQuantity> taken = new HashSet<>();
        List<LineQuantity> largestFirst = lines.stream()
                .sorted(Comparator.comparingInt(LineQuantity::quantity).reversed().thenComparing(LineQuantity::lineId))
                .toList();
        for (LineQuantity line : largestFirst) {
            int left = stock.computeIfAbsent(line.sku(), candidate::available);
            if (left < line.quantity()) continue;
            if (unitsLeft != null && unitsLeft < line.quantity()) continue;
            stock.put(line.sku(), left - line.quantity());
            if (unitsLeft != null) unitsLeft -= line.quantity();
            taken.add(line);
        }
        return lines.stream().filter(taken::contains).toList();
    }

    private static Double distance(GeoPoint destination, Candidate candidate) {
        if (destination == null) return 0.0;
        if (candidate.geo() == null) return null;
        return destination.distanceKm(candidate.geo());
    }

    private static final Comparator<Pick> BETTER_FIRST = Comparator
            .comparingInt(Pick::units).reversed()
            .thenComparing(Pick::rankDistance)
            .thenComparing(p -> p.candidate.locationId());

    private static int units(List<LineQuantity> lines) {
        return lines.stream().mapToInt(LineQuantity::quantity).sum();
    }

    private static String distanceText(Pick pick) {
        return pick.distanceKm == null ? "; distance unknown"
                : String.format(Locale.ROOT, "; %.1f km away", pick.distanceKm);
    }

    private static String excludedText(RoutingRequest request) {
        return request.excluded().isEmpty() ? ""
                : " (excluded: " + request.excluded().stream().sorted().collect(Collectors.joining(", ")) + ")";
    }

    private static RoutingPlan unroutable(RoutingRequest request, String reason) {
        return new RoutingPlan(List.of(), request.lines(), reason);
    }

    private record Pick(Candidate candidate, List<LineQuantity> lines, Double distanceKm) {
        int units() {
            return FewestLocationsThenNearest.units(lines);
        }

        /** Unknown distances rank after every known one. */
        double rankDistance() {
            return distanceKm == null ? Double.POSITIVE_INFINITY : distanceKm;
        }
    }
}
