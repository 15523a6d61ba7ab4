package com.omnidom.routing.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What one search works on, computed once per decision: the allowed candidates (fenced ones holding stock are
 * reported as exclusions), their costs, usable stock and inbound steps per SKU, which lines may split, per line the
 * candidates cheapest first, and the lower bounds. {@link Search} adds the state and the branch and bound; plain
 * arrays keep its inner loop free of allocation and look-ups.
 */
abstract class SearchSpace {

    final RoutingProblem problem;
    final RoutingProfile profile;
    final SearchLimits limits;
    final Fences fences;
    final List<OrderLine> lines;
    final List<Exclusion> exclusions = new ArrayList<>();

    // candidates (allowed locations holding stock for a line), by location id
    final int k;
    final LocationTerms[] cand;
    final long[] fixed;
    final long[] unitCost;
    final int[] unitsCap;
    final int[] baseDays;
    final long latePerDay;
    final int promiseOffset; // days from order to promise; Integer.MAX_VALUE when none
    final long splitPenalty;
    final int maxShipments;
    final long minValue;

    // order lines and SKUs
    final int n;
    final int skus;
    final int[] lineSku;
    final int[] qty;
    final long[] price;
    final long[] penalty;
    final int[] cap;        // [c * skus + s]: most units usable (now + inbound in time)
    final int[][] stepQty;  // [c * skus + s]: cumulative units available from step i on
    final int[][] stepDay;  // [c * skus + s]: ready offset of step i
    final int[][] whole;    // per line: candidates that can take it whole, by opening cost
    final long[][] wholeCost; // per line: fixed + unit*q + lateness alone, same order
    final int[][] splitCands; // per split line: candidates with stock, cheapest unit first
    final boolean[] splitLine;
    final boolean[][] canTake; // [line][c]
    final int[] lineOrder;
    final long[] restMin;   // [depth]: sum over lines from depth of their least conceivable cost
    final long[] lineMin;

    SearchSpace(RoutingProblem problem, RoutingProfile profile, List<RelevantLocation> relevant, Map<String, Integer> skuIndex,
                String[] skuName, SearchLimits limits) {
        this.problem = problem;
        this.profile = profile;
        this.limits = limits;
        this.fences = profile.fences();
        this.lines = problem.order().lines();
        RoutingOrder order = problem.order();
        CostWeights w = profile.weights();
        latePerDay = w.latenessPerDay();
        splitPenalty = w.splitPenalty();
        maxShipments = fences.maxShipments() == null ? Integer.MAX_VALUE : fences.maxShipments();
        minValue = fences.minShipmentValue() == null ? Long.MIN_VALUE : fences.minShipmentValue();
        promiseOffset = order.promiseDate() == null ? Integer.MAX_VALUE
                : (int) java.time.temporal.ChronoUnit.DAYS.between(order.orderDate(), order.promiseDate());

        n = lines.size();
        lineSku = new int[n];
        qty = new int[n];
        price = new long[n];
        penalty = new long[n];
        for (int j = 0; j < n; j++) {
            OrderLine line = lines.get(j);
            lineSku[j] = skuIndex.get(line.sku());
            qty[j] = line.quantity();
            price[j] = line.unitPrice();
            penalty[j] = CostModel.unfulfilledCost(w, line);
        }
        skus = skuName.length;

        // allowed locations with usable stock; fenced ones holding stock are reported
        List<LocationTerms> allowed = new ArrayList<>();
        List<int[]> caps = new ArrayList<>();
        List<Stock[]> rows = new ArrayList<>();
        for (RelevantLocation r : relevant) {
            LocationTerms t = r.terms();
            if (t.fence != null) {
                exclusions.add(new Exclusion(t.location.locationId(), t.fence, t.fenceDetail()));
                continue;
            }
            int[] c = new int[skus];
            boolean any = false;
            for (int s = 0; s < skus; s++) {
                c[s] = t.usableUnits(r.stock()[s], fences.hardPromise());
                any |= c[s] > 0;
            }
            if (any) {
                allowed.add(t);
                caps.add(c);
                rows.add(r.stock());
            }
        }
        // split eligibility is decided on every allowed location, before the minimum-value cut below
        splitLine = new boolean[n];
        for (int j = 0; j < n; j++) {
            if (!fences.allowLineSplit()) break;
            boolean wholeTaker = false;
            int holders = 0;
            for (int a = 0; a < allowed.size(); a++) {
                int have = caps.get(a)[lineSku[j]];
                int room = unitsRoom(allowed.get(a));
                if (have >= qty[j] && room >= qty[j]) wholeTaker = true;
                if (have > 0 && room > 0) holders++;
            }
            splitLine[j] = !wholeTaker && holders >= 2;
        }
        // a location that cannot ship goods worth the minimum whatever it gets is out
        if (fences.minShipmentValue() != null) {
            for (int a = allowed.size() - 1; a >= 0; a--) {
                long most = 0;
                int[] c = caps.get(a);
                for (int j = 0; j < n; j++) {
                    int have = Math.min(c[lineSku[j]], unitsRoom(allowed.get(a)));
                    if (have >= qty[j]) most += price[j] * qty[j];
                    else if (splitLine[j]) most += price[j] * have;
                }
                if (most < minValue) {
                    LocationTerms t = allowed.remove(a);
                    caps.remove(a);
                    rows.remove(a);
                    exclusions.add(new Exclusion(t.location.locationId(), Fence.MIN_SHIPMENT_VALUE,
                            "can ship goods worth at most " + most + ", minimum " + minValue));
                }
            }
            exclusions.sort(Comparator.comparing(Exclusion::locationId));
        }

        k = allowed.size();
        cand = allowed.toArray(new LocationTerms[0]);
        fixed = new long[k];
        unitCost = new long[k];
        unitsCap = new int[k];
        baseDays = new int[k];
        cap = new int[k * Math.max(1, skus)];
        stepQty = new int[k * skus][];
        stepDay = new int[k * skus][];
        for (int c = 0; c < k; c++) {
            LocationTerms t = cand[c];
            fixed[c] = t.fixedCost();
            unitCost[c] = t.unitCost;
            unitsCap[c] = unitsRoom(t);
            baseDays[c] = t.baseDays;
            int[] cc = caps.get(c);
            for (int s = 0; s < skus; s++) {
                cap[c * skus + s] = cc[s];
                Stock stock = rows.get(c)[s];
                int steps = stock == null ? 0 : stock.inbound().size();
                int[] sq = new int[steps + 1];
                int[] sd = new int[steps + 1];
                int have = stock == null ? 0 : stock.usableNow();
                sq[0] = have;
                for (int i = 0; i < steps; i++) {
                    Inbound in = stock.inbound().get(i);
                    have += in.quantity();
                    sq[i + 1] = have;
                    sd[i + 1] = (int) Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(order.orderDate(), in.arrives()));
                }
                stepQty[c * skus + s] = sq;
                stepDay[c * skus + s] = sd;
            }
        }

        // among equally cheap options the nearer location comes first, then the smaller id
        long[] metres = new long[k];
        for (int c = 0; c < k; c++) {
            metres[c] = cand[c].distanceKm == null ? (1L << 41) : Math.round(cand[c].distanceKm * 1_000);
        }
        int[] byDistance = IndexOrder.order(metres);
        int[] nearRank = new int[k];
        for (int i = 0; i < k; i++) nearRank[byDistance[i]] = i;

        canTake = new boolean[n][k];
        whole = new int[n][];
        wholeCost = new long[n][];
        splitCands = new int[n][];
        lineMin = new long[n];
        for (int j = 0; j < n; j++) {
            int s = lineSku[j];
            int takers = 0;
            long minUnit = Long.MAX_VALUE;
            int holderCount = 0;
            for (int c = 0; c < k; c++) {
                int have = cap[c * skus + s];
                if (have > 0 && unitsCap[c] > 0) {
                    holderCount++;
                    minUnit = Math.min(minUnit, unitCost[c]);
                }
                if (have >= qty[j] && unitsCap[c] >= qty[j]) {
                    canTake[j][c] = true;
                    takers++;
                }
            }
            int[] taker = new int[takers];
            long[] alone = new long[takers];
            int[] takerRank = new int[takers];
            for (int c = 0, i = 0; c < k; c++) {
                if (!canTake[j][c]) continue;
                taker[i] = c;
                alone[i] = fixed[c] + unitCost[c] * qty[j] + lateCost(c, readyFor(c, s, qty[j]));
                takerRank[i++] = nearRank[c];
            }
            int[] sorted = IndexOrder.order(alone, takerRank, k);
            whole[j] = new int[takers];
            wholeCost[j] = new long[takers];
            for (int i = 0; i < takers; i++) {
                whole[j][i] = taker[sorted[i]];
                wholeCost[j][i] = alone[sorted[i]];
            }
            if (splitLine[j]) {
                int[] holder = new int[holderCount];
                long[] unit = new long[holderCount];
                int[] holderRank = new int[holderCount];
                for (int c = 0, i = 0; c < k; c++) {
                    if (cap[c * skus + s] <= 0 || unitsCap[c] <= 0) continue;
                    holder[i] = c;
                    unit[i] = unitCost[c];
                    holderRank[i++] = nearRank[c];
                }
                int[] byUnit = IndexOrder.order(unit, holderRank, k);
                splitCands[j] = new int[holderCount];
                for (int i = 0; i < holderCount; i++) splitCands[j][i] = holder[byUnit[i]];
            } else {
                splitCands[j] = new int[0];
            }
            long least = penalty[j];
            if (!splitLine[j]) {
                for (int c = 0; c < k; c++) if (canTake[j][c]) least = Math.min(least, unitCost[c] * qty[j]);
            } else if (minUnit != Long.MAX_VALUE) {
                least = Math.min(least, minUnit * qty[j]);
            }
            lineMin[j] = least;
        }
        // most constrained lines first, larger first; split lines last
        Integer[] byDifficulty = new Integer[n];
        for (int j = 0; j < n; j++) byDifficulty[j] = j;
        java.util.Arrays.sort(byDifficulty, Comparator.<Integer>comparingInt(j -> splitLine[j] ? 1 : 0)
                .thenComparingInt(j -> whole[j].length)
                .thenComparing(j -> -qty[j])
                .thenComparing(j -> lines.get(j).lineId()));
        lineOrder = new int[n];
        for (int i = 0; i < n; i++) lineOrder[i] = byDifficulty[i];
        restMin = new long[n + 1];
        for (int d = n - 1; d >= 0; d--) restMin[d] = restMin[d + 1] + lineMin[lineOrder[d]];
    }

    final int unitsRoom(LocationTerms t) {
        Integer left = t.location.unitsLeft();
        return !fences.respectCapacity() || left == null ? Integer.MAX_VALUE : left;
    }

    final int readyFor(int c, int s, int units) {
        int[] sq = stepQty[c * skus + s];
        for (int i = 0; i < sq.length; i++) if (units <= sq[i]) return stepDay[c * skus + s][i];
        return Integer.MAX_VALUE / 4;
    }

    final long lateCost(int c, int readyOffset) {
        if (promiseOffset == Integer.MAX_VALUE) return 0;
        long late = (long) readyOffset + baseDays[c] - promiseOffset;
        return late > 0 ? late * latePerDay : 0;
    }
}
