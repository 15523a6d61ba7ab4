package com.omnidom.routing.lab;

import com.omnidom.routing.engine.*;
import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact optimum of one routing problem as a CP-SAT model (whole lines; the benchmark's profile does not split
 * lines): bool x[l][j] line j from location l, u[j] line unassigned, y[l] location ships; stock per location and
 * SKU, units capacity, max shipments, minimum shipment value; lateness per location from the inbound step it
 * reaches. Costs come from the same location terms as the engine's, the search is OR-Tools'.
 */
final class CpSatReference {

    static {
        Loader.loadNativeLibraries();
    }

    record Result(long cost, boolean optimal, long nanos) {
    }

    private CpSatReference() {
    }

    static Result solve(RoutingProblem problem, RoutingProfile profile, double seconds) {
        long start = System.nanoTime();
        RoutingOrder order = problem.order();
        Fences fences = profile.fences();
        if (fences.allowLineSplit()) throw new IllegalArgumentException("the reference models whole lines only");
        List<OrderLine> lines = order.lines();
        int n = lines.size();
        CpModel model = new CpModel();
        LinearExprBuilder objective = LinearExpr.newBuilder();
        BoolVar[] u = new BoolVar[n];
        List<List<BoolVar>> perLine = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            u[j] = model.newBoolVar("u" + j);
            objective.addTerm(u[j], CostModel.unfulfilledCost(profile.weights(), lines.get(j)));
            perLine.add(new ArrayList<>());
        }
        List<BoolVar> opened = new ArrayList<>();
        int promiseOffset = order.promiseDate() == null ? Integer.MAX_VALUE
                : (int) ChronoUnit.DAYS.between(order.orderDate(), order.promiseDate());
        long perDay = profile.weights().latenessPerDay();
        for (CandidateLocation location : problem.locations()) {
            LocationTerms t = new LocationTerms(problem, profile, location);
            if (t.fence != null) continue;
            Integer unitsLeft = fences.respectCapacity() ? location.unitsLeft() : null;
            Map<String, List<Integer>> bySku = new HashMap<>();
            BoolVar[] x = new BoolVar[n];
            boolean any = false;
            for (int j = 0; j < n; j++) {
                OrderLine line = lines.get(j);
                if (t.usableUnits(line.sku(), fences.hardPromise()) < line.quantity()) continue;
                if (unitsLeft != null && unitsLeft < line.quantity()) continue;
                x[j] = model.newBoolVar(location.locationId() + "/" + j);
                perLine.get(j).add(x[j]);
                bySku.computeIfAbsent(line.sku(), s -> new ArrayList<>()).add(j);
                any = true;
            }
            if (!any) continue;
            BoolVar y = model.newBoolVar(location.locationId());
            opened.add(y);
            objective.addTerm(y, t.fixedCost());
            LinearExprBuilder units = LinearExpr.newBuilder();
            LinearExprBuilder value = LinearExpr.newBuilder();
            for (int j = 0; j < n; j++) {
                if (x[j] == null) continue;
                model.addImplication(x[j], y);
                objective.addTerm(x[j], t.unitCost * lines.get(j).quantity());
                units.addTerm(x[j], lines.get(j).quantity());
                value.addTerm(x[j], lines.get(j).value());
            }
            if (unitsLeft != null) model.addLessOrEqual(units, unitsLeft);
            if (fences.minShipmentValue() != null) {
                LinearExprBuilder shortfall = LinearExpr.newBuilder().addTerm(y, fences.minShipmentValue());
                model.addGreaterOrEqual(value, shortfall);
            }
            // stock per SKU, and the day the location has it: the inbound step the used units reach
            IntVar ready = model.newIntVar(0, 365, "ready-" + location.locationId());
            for (var entry : bySku.entrySet()) {
                LinearExprBuilder used = LinearExpr.newBuilder();
                for (int j : entry.getValue()) used.addTerm(x[j], lines.get(j).quantity());
                model.addLessOrEqual(used, t.usableUnits(entry.getKey(), fences.hardPromise()));
                Stock stock = location.stock(entry.getKey());
                int threshold = stock.usableNow();
                for (Inbound inbound : stock.inbound()) {
                    int day = (int) Math.max(0, ChronoUnit.DAYS.between(order.orderDate(), inbound.arrives()));
                    BoolVar reaches = model.newBoolVar("step");
                    // used > threshold -> reaches; then ready >= day
                    LinearExprBuilder over = LinearExpr.newBuilder();
                    for (int j : entry.getValue()) over.addTerm(x[j], lines.get(j).quantity());
                    over.addTerm(reaches, -10_000);
                    model.addLessOrEqual(over, threshold);
                    model.addGreaterOrEqual(ready, LinearExpr.term(reaches, day));
                    threshold += inbound.quantity();
                }
            }
            if (promiseOffset != Integer.MAX_VALUE && perDay > 0) {
                // late >= perDay * (baseDays + ready - promise) when the location ships
                long big = perDay * (t.baseDays + 366L);
                IntVar late = model.newIntVar(0, big, "late-" + location.locationId());
                LinearExprBuilder rhs = LinearExpr.newBuilder().addTerm(ready, perDay).addTerm(y, big)
                        .add(perDay * (t.baseDays - promiseOffset) - big);
                model.addGreaterOrEqual(late, rhs);
                objective.addTerm(late, 1);
            }
        }
        for (int j = 0; j < n; j++) {
            LinearExprBuilder one = LinearExpr.newBuilder().addTerm(u[j], 1);
            for (BoolVar x : perLine.get(j)) one.addTerm(x, 1);
            model.addEquality(one, 1);
        }
        BoolVar[] ys = opened.toArray(new BoolVar[0]);
        if (fences.maxShipments() != null) model.addLessOrEqual(LinearExpr.sum(ys), fences.maxShipments());
        long split = profile.weights().splitPenalty();
        if (split > 0 && ys.length > 1) {
            IntVar extra = model.newIntVar(0, ys.length, "extra-shipments");
            model.addGreaterOrEqual(extra, LinearExpr.newBuilder().addSum(ys).add(-1));
            objective.addTerm(extra, split);
        }
        model.minimize(objective);
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setMaxTimeInSeconds(seconds);
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            throw new IllegalStateException("CP-SAT " + status + " for " + order.orderId());
        }
        return new Result(Math.round(solver.objectiveValue()), status == CpSolverStatus.OPTIMAL, System.nanoTime() - start);
    }
}
