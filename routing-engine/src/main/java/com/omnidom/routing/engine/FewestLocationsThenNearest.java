package com.omnidom.routing.engine;

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
 * The first routing strategy, the baseline the engine must never lose to: as few locations as possible, then the
 * nearest. Greedy set cover over whole lines (a line is never split): take the location that can serve the most
 * of the remaining units, ties to the nearer one (unknown distance last), then to the smaller id; repeat until
 * every line is served or no location can serve any. Stock is what is usable now (no in-transit units).
 * <p>
 * SHIP orders consider the locations the profile's location fences let through (active, offering SHIP, not
 * excluded, order capacity left, ...). PICKUP orders go to the pickup store only, and only when it can serve
 * every line. The plan is then costed with {@link CostModel} so it compares with the engine's.
 */
public final class FewestLocationsThenNearest implements RoutingStrategy {

    public static final String NAME = "FEWEST_LOCATIONS_THEN_NEAREST";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Decision decide(RoutingProblem problem, RoutingProfile profile) {
        RoutingOrder order = problem.order();
        List<LocationTerms> terms = problem.locations().stream().map(l -> new LocationTerms(problem, profile, l))
                .sorted(Comparator.comparing(t -> t.location.locationId())).toList();
        Plan plan = plan(problem, profile, terms);
        Evaluation evaluation = CostModel.evaluate(problem, profile, plan.assignments);
        Map<String, String> reasons = new HashMap<>();
        plan.unroutable.forEach(l -> reasons.put(l.lineId(), plan.unroutableReason));
        List<UnassignedLine> unassigned = evaluation.unassigned().stream()
                .map(u -> new UnassignedLine(u.lineId(), u.sku(), u.quantity(), reasons.getOrDefault(u.lineId(), u.reason())))
                .toList();
        List<String> notes = new ArrayList<>(plan.pickReasons);
        evaluation.violations().forEach(v -> notes.add("breaks the profile: " + v));
        return new Decision(order.orderId(), NAME, profile.profileId(), profile.version(), order.priority(),
                evaluation.shipments(), unassigned, evaluation.cost(), false, 0, List.of(),
                Exclusions.of(problem, terms), notes);
    }

    /** The plan over the given locations (sorted by id); locations without stock for the order may be left out. */
    Plan plan(RoutingProblem problem, RoutingProfile profile, List<LocationTerms> terms) {
        RoutingOrder order = problem.order();
        if (order.lines().isEmpty()) return new Plan(List.of(), List.of(), null);
        return order.mode() == FulfillmentMode.PICKUP ? routePickup(problem, profile, terms) : routeShipping(problem, profile, terms);
    }

    record Plan(List<Assignment> assignments, List<LineQuantity> unroutable, String unroutableReason,
                        List<String> pickReasons) {
        Plan(List<Assignment> assignments, List<LineQuantity> unroutable, String unroutableReason) {
            this(assignments, unroutable, unroutableReason, List.of());
        }
    }

    private Plan routeShipping(RoutingProblem problem, RoutingProfile profile, List<LocationTerms> terms) {
        List<LocationTerms> eligible = terms.stream().filter(t -> t.fence == null).toList();
        List<LineQuantity> remaining = new ArrayList<>(lineQuantities(problem.order()));
        List<Assignment> assignments = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        Set<String> chosen = new HashSet<>();
        while (!remaining.isEmpty()) {
            Pick best = null;
            for (LocationTerms candidate : eligible) {
                if (chosen.contains(candidate.location.locationId())) continue;
                List<LineQuantity> served = servable(candidate, remaining, profile.fences().respectCapacity());
                if (served.isEmpty()) continue;
                Pick pick = new Pick(candidate, served);
                if (best == null || BETTER_FIRST.compare(pick, best) < 0) best = pick;
            }
            if (best == null) break;
            int remainingUnits = units(remaining);
            assignments.add(new Assignment(best.terms.location.locationId(), best.lines));
            reasons.add(best.terms.location.locationId() + " serves " + best.units() + " of " + remainingUnits
                    + " remaining units (" + best.lines.size() + (best.lines.size() == 1 ? " line" : " lines")
                    + "), the most of any eligible location" + distanceText(best));
            chosen.add(best.terms.location.locationId());
            remaining.removeAll(best.lines);
        }
        if (remaining.isEmpty()) return new Plan(assignments, List.of(), null, reasons);
        String reason = eligible.isEmpty()
                ? "no active location offering SHIP with capacity left today" + excludedText(problem)
                : "no eligible location has the stock (and units capacity) for these lines" + excludedText(problem);
        return new Plan(assignments, remaining, reason, reasons);
    }

    private Plan routePickup(RoutingProblem problem, RoutingProfile profile, List<LocationTerms> terms) {
        RoutingOrder order = problem.order();
        List<LineQuantity> all = lineQuantities(order);
        String store = order.pickupLocationId();
        if (store == null || store.isBlank()) return new Plan(List.of(), all, "pickup order names no pickup store");
        if (problem.excluded().contains(store)) {
            return new Plan(List.of(), all, "pickup store " + store + " failed or rejected this order before");
        }
        LocationTerms candidate = terms.stream().filter(t -> t.location.locationId().equals(store)).findFirst().orElse(null);
        if (candidate == null) return new Plan(List.of(), all, "pickup store " + store + " is unknown or has none of these articles");
        if (candidate.fence != null) {
            String why = switch (candidate.fence) {
                case INACTIVE -> "is inactive";
                case CAPABILITY -> candidate.location.capabilities().contains("PICKUP")
                        ? candidate.fenceDetail() : "does not offer PICKUP";
                case ORDER_CAPACITY -> "has no order capacity left today";
                default -> candidate.fenceDetail();
            };
            return new Plan(List.of(), all, "pickup store " + store + " " + why);
        }
        List<LineQuantity> served = servable(candidate, all, profile.fences().respectCapacity());
        if (served.size() < all.size()) {
            return new Plan(List.of(), all, "pickup store " + store + " cannot serve every line (stock or units capacity)");
        }
        return new Plan(List.of(new Assignment(store, all)), List.of(), null,
                List.of(store + " is the customer's pickup store, serving every line"));
    }

    /**
     * The lines this location can serve entirely from the units usable now, within its units capacity. Larger
     * lines are tried first (they cover more units); lines of the same SKU draw on the same stock.
     */
    static List<LineQuantity> servable(LocationTerms candidate, List<LineQuantity> lines, boolean respectCapacity) {
        Map<String, Integer> stock = new HashMap<>();
        Integer unitsLeft = respectCapacity ? candidate.location.unitsLeft() : null;
        Set<LineQuantity> taken = new HashSet<>();
        List<LineQuantity> largestFirst = lines.stream()
                .sorted(Comparator.comparingInt(LineQuantity::quantity).reversed().thenComparing(LineQuantity::lineId))
                .toList();
        for (LineQuantity line : largestFirst) {
            int left = stock.computeIfAbsent(line.sku(), sku -> {
                Stock s = candidate.location.stock(sku);
                return s == null ? 0 : s.usableNow();
            });
            if (left < line.quantity()) continue;
            if (unitsLeft != null && unitsLeft < line.quantity()) continue;
            stock.put(line.sku(), left - line.quantity());
            if (unitsLeft != null) unitsLeft -= line.quantity();
            taken.add(line);
        }
        return lines.stream().filter(taken::contains).toList();
    }

    private static List<LineQuantity> lineQuantities(RoutingOrder order) {
        return order.lines().stream().map(l -> new LineQuantity(l.lineId(), l.sku(), l.quantity())).toList();
    }

    private static final Comparator<Pick> BETTER_FIRST = Comparator
            .comparingInt(Pick::units).reversed()
            .thenComparingDouble(Pick::rankDistance)
            .thenComparing(p -> p.terms.location.locationId());

    private static int units(List<LineQuantity> lines) {
        return lines.stream().mapToInt(LineQuantity::quantity).sum();
    }

    private static String distanceText(Pick pick) {
        return pick.terms.distanceKm == null ? "; distance unknown"
                : String.format(Locale.ROOT, "; %.1f km away", pick.terms.distanceKm);
    }

    private static String excludedText(RoutingProblem problem) {
        return problem.excluded().isEmpty() ? ""
                : " (excluded: " + problem.excluded().stream().sorted().collect(Collectors.joining(", ")) + ")";
    }

    private record Pick(LocationTerms terms, List<LineQuantity> lines) {
        int units() {
            return FewestLocationsThenNearest.units(lines);
        }

        /** Unknown distances rank after every known one. */
        double rankDistance() {
            return terms.distanceKm == null ? Double.POSITIVE_INFINITY : terms.distanceKm;
        }
    }
}
