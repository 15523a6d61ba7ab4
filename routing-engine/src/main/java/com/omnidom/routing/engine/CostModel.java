package com.omnidom.routing.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Costs a given plan under a profile from scratch and names the fences it breaks. The engine minimises exactly
 * this cost; the baseline, manual assignments, tests and the replay use it to compare plans.
 */
public final class CostModel {

    private CostModel() {
    }

    public static Evaluation evaluate(RoutingProblem problem, RoutingProfile profile, List<Assignment> plan) {
        RoutingOrder order = problem.order();
        Fences fences = profile.fences();
        CostWeights w = profile.weights();
        Map<String, OrderLine> lines = new LinkedHashMap<>();
        order.lines().forEach(l -> lines.put(l.lineId(), l));
        List<String> violations = new ArrayList<>();
        Map<String, List<LineQuantity>> byLocation = new TreeMap<>();
        for (Assignment a : plan) {
            for (LineQuantity q : a.lines()) {
                if (q.quantity() <= 0) continue;
                byLocation.computeIfAbsent(a.locationId(), k -> new ArrayList<>()).add(q);
            }
        }
        Map<String, CandidateLocation> locations = new HashMap<>();
        for (CandidateLocation l : problem.locations()) {
            if (byLocation.containsKey(l.locationId())) locations.put(l.locationId(), l);
        }
        Map<String, Integer> assignedUnits = new HashMap<>();
        Map<String, Integer> locationsPerLine = new HashMap<>();
        List<Shipment> shipments = new ArrayList<>();
        CostBreakdown total = CostBreakdown.ZERO;
        for (var entry : byLocation.entrySet()) {
            CandidateLocation location = locations.get(entry.getKey());
            if (location == null) {
                violations.add("unknown location " + entry.getKey());
                continue;
            }
            LocationTerms terms = new LocationTerms(problem, profile, location);
            if (terms.fence != null) violations.add(location.locationId() + ": " + terms.fence + " (" + terms.fenceDetail() + ")");
            Map<String, Integer> usedPerSku = new HashMap<>();
            int units = 0;
            long value = 0;
            for (LineQuantity q : entry.getValue()) {
                OrderLine line = lines.get(q.lineId());
                if (line == null || !line.sku().equals(q.sku())) {
                    violations.add("unknown line " + q.lineId() + " (" + q.sku() + ")");
                    continue;
                }
                assignedUnits.merge(q.lineId(), q.quantity(), Integer::sum);
                locationsPerLine.merge(q.lineId(), 1, Integer::sum);
                usedPerSku.merge(q.sku(), q.quantity(), Integer::sum);
                units += q.quantity();
                value += line.unitPrice() * q.quantity();
            }
            int ready = 0;
            for (var used : usedPerSku.entrySet()) {
                int offset = terms.readyOffset(used.getKey(), used.getValue());
                if (offset < 0) {
                    violations.add(location.locationId() + ": not enough stock of " + used.getKey());
                    offset = 0;
                }
                ready = Math.max(ready, offset);
            }
            if (fences.respectCapacity() && location.unitsLeft() != null && units > location.unitsLeft()) {
                violations.add(location.locationId() + ": " + units + " units, capacity left " + location.unitsLeft());
            }
            if (fences.minShipmentValue() != null && value < fences.minShipmentValue()) {
                violations.add(location.locationId() + ": shipment value " + value + " below " + fences.minShipmentValue());
            }
            int lateDays = terms.lateDays(ready);
            if (fences.hardPromise() && lateDays > 0) {
                violations.add(location.locationId() + ": " + lateDays + " days late, promise is hard");
            }
            CostBreakdown cost = new CostBreakdown(terms.shipmentCost, terms.unitCost * units, terms.distanceCost, 0,
                    w.latenessPerDay() * lateDays, 0);
            total = total.plus(cost);
            shipments.add(new Shipment(location.locationId(), location.type(), entry.getValue(), terms.distanceKm,
                    terms.deliveryDate(ready), lateDays, cost));
        }
        if (fences.maxShipments() != null && shipments.size() > fences.maxShipments()) {
            violations.add(shipments.size() + " shipments, at most " + fences.maxShipments());
        }
        List<UnassignedLine> unassigned = new ArrayList<>();
        long unfulfilled = 0;
        for (OrderLine line : order.lines()) {
            int assigned = assignedUnits.getOrDefault(line.lineId(), 0);
            if (assigned == 0) {
                unassigned.add(new UnassignedLine(line.lineId(), line.sku(), line.quantity(), "not assigned"));
                unfulfilled += unfulfilledCost(w, line);
            } else if (assigned != line.quantity()) {
                violations.add("line " + line.lineId() + ": " + assigned + " of " + line.quantity() + " units assigned");
            } else if (locationsPerLine.get(line.lineId()) > 1) {
                if (!fences.allowLineSplit()) violations.add("line " + line.lineId() + " split, the profile forbids it");
                else {
                    String whole = wholeTaker(problem, profile, line);
                    if (whole != null) violations.add("line " + line.lineId() + " split although " + whole + " can take it whole");
                }
            }
        }
        long split = w.splitPenalty() * Math.max(0, shipments.size() - 1);
        total = total.plus(new CostBreakdown(0, 0, 0, split, 0, unfulfilled));
        return new Evaluation(shipments, unassigned, total, violations);
    }

    public static long unfulfilledCost(CostWeights w, OrderLine line) {
        return w.unfulfilledLine() + w.unfulfilledUnit() * line.quantity();
    }

    /** The first (by id) allowed location that could take the line whole, or null: splitting is allowed only then. */
    static String wholeTaker(RoutingProblem problem, RoutingProfile profile, OrderLine line) {
        return problem.locations().stream()
                .map(l -> new LocationTerms(problem, profile, l))
                .filter(t -> t.fence == null && canTakeWhole(t, line, profile.fences()))
                .map(t -> t.location.locationId()).sorted().findFirst().orElse(null);
    }

    static boolean canTakeWhole(LocationTerms t, OrderLine line, Fences fences) {
        if (t.usableUnits(line.sku(), fences.hardPromise()) < line.quantity()) return false;
        Integer unitsLeft = t.location.unitsLeft();
        return !fences.respectCapacity() || unitsLeft == null || unitsLeft >= line.quantity();
    }
}
