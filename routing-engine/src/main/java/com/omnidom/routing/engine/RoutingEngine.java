package com.omnidom.routing.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cost-optimal routing engine: the minimum-cost assignment of an order's lines to locations under a routing
 * profile, found by depth-first branch and bound (see docs/routing-model.md). Stateless and thread-safe; one
 * instance serves every decision.
 */
public final class RoutingEngine implements RoutingStrategy {

    public static final String NAME = "COST_OPTIMAL";

    private final SearchLimits limits;
    private final FewestLocationsThenNearest baseline = new FewestLocationsThenNearest();

    public RoutingEngine() {
        this(SearchLimits.DEFAULT);
    }

    public RoutingEngine(SearchLimits limits) {
        this.limits = limits;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Decision decide(RoutingProblem problem, RoutingProfile profile) {
        RoutingOrder order = problem.order();
        Map<String, Integer> skuIndex = new HashMap<>();
        for (OrderLine line : order.lines()) skuIndex.putIfAbsent(line.sku(), skuIndex.size());
        String[] skuName = new String[skuIndex.size()];
        skuIndex.forEach((name, i) -> skuName[i] = name);
        // one look-up per location and SKU: the stock maps are the bulk of the memory touched per decision
        List<Relevant> relevant = new ArrayList<>();
        for (CandidateLocation location : problem.locations()) {
            Stock[] row = new Stock[skuName.length];
            boolean holds = location.locationId().equals(order.pickupLocationId());
            for (int s = 0; s < skuName.length; s++) {
                Stock stock = location.stock(skuName[s]);
                row[s] = stock;
                holds |= stock != null && (stock.usableNow() > 0 || stock.hasInbound());
            }
            if (holds) relevant.add(new Relevant(new LocationTerms(problem, profile, location), row));
        }
        relevant.sort(Comparator.comparing(r -> r.terms.location.locationId()));
        Search search = new Search(problem, profile, relevant, skuIndex, skuName, limits);
        search.run();
        // a search cut short also weighs the baseline's plan: the engine never returns a worse plan than the baseline
        if (search.aborted && !order.lines().isEmpty()) {
            List<LocationTerms> terms = relevant.stream().map(Relevant::terms).toList();
            search.seed(baseline.plan(problem, profile, terms).assignments());
        }
        return search.decision();
    }

    /** A location holding stock for the order (or its pickup store), with that stock per order SKU. */
    private record Relevant(LocationTerms terms, Stock[] stock) {
    }

    /** Sorts indices by a cost, then a rank below {@code ranks}, without boxing when the two pack into one long. */
    private static int[] order(long[] cost, int[] rank, int ranks) {
        long limit = (1L << 42) / (ranks + 1L);
        boolean packable = true;
        for (long c : cost) packable &= c >= 0 && c < limit;
        if (packable) {
            long[] keys = new long[cost.length];
            for (int i = 0; i < cost.length; i++) keys[i] = cost[i] * (ranks + 1L) + rank[i];
            return order(keys);
        }
        Integer[] boxed = new Integer[cost.length];
        for (int i = 0; i < cost.length; i++) boxed[i] = i;
        java.util.Arrays.sort(boxed, Comparator.<Integer>comparingLong(i -> cost[i]).thenComparingInt(i -> rank[i]));
        int[] out = new int[cost.length];
        for (int i = 0; i < cost.length; i++) out[i] = boxed[i];
        return out;
    }

    /** Sorts indices by a non-negative key (ties by index) without boxing. */
    private static int[] order(long[] keys) {
        int n = keys.length;
        if (n < (1 << 20)) {
            boolean packable = true;
            for (long key : keys) packable &= key >= 0 && key < (1L << 42);
            if (packable) {
                long[] packed = new long[n];
                for (int i = 0; i < n; i++) packed[i] = keys[i] << 20 | i;
                java.util.Arrays.sort(packed);
                int[] out = new int[n];
                for (int i = 0; i < n; i++) out[i] = (int) (packed[i] & ((1 << 20) - 1));
                return out;
            }
        }
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) boxed[i] = i;
        java.util.Arrays.sort(boxed, Comparator.<Integer>comparingLong(i -> keys[i]).thenComparingInt(i -> i));
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = boxed[i];
        return out;
    }

    /** The search state for one decision; arrays are allocated once here, the inner loop allocates nothing. */
    private static final class Search {

        private final RoutingProblem problem;
        private final RoutingProfile profile;
        private final SearchLimits limits;
        private final Fences fences;
        private final List<OrderLine> lines;
        private final List<Exclusion> exclusions = new ArrayList<>();

        // candidates (allowed locations holding stock for a line), by location id
        private final int k;
        private final LocationTerms[] cand;
        private final long[] fixed;
        private final long[] unitCost;
        private final int[] unitsCap;
        private final int[] baseDays;
        private final long latePerDay;
        private final int promiseOffset; // days from order to promise; Integer.MAX_VALUE when none
        private final long splitPenalty;
        private final int maxShipments;
        private final long minValue;

        // order lines and SKUs
        private final int n;
        private final int skus;
        private final int[] lineSku;
        private final int[] qty;
        private final long[] price;
        private final long[] penalty;
        private final int[] cap;        // [c * skus + s]: most units usable (now + inbound in time)
        private final int[][] stepQty;  // [c * skus + s]: cumulative units available from step i on
        private final int[][] stepDay;  // [c * skus + s]: ready offset of step i
        private final int[][] whole;    // per line: candidates that can take it whole, by opening cost
        private final long[][] wholeCost; // per line: fixed + unit*q + lateness alone, same order
        private final int[][] splitCands; // per split line: candidates with stock, cheapest unit first
        private final boolean[] splitLine;
        private final boolean[][] canTake; // [line][c]
        private final int[] lineOrder;
        private final long[] restMin;   // [depth]: sum over lines from depth of their least conceivable cost
        private final long[] lineMin;

        // state
        private final boolean[] open;
        private final int[] openList;
        private int openCount;
        private final int[] unitsUsed;
        private final long[] valueUsed;
        private final int[] used;
        private final int[] ready;
        private final long[] lateCost;
        private long g;
        // per line: chunks (candidate, quantity); whole lines have 0 or 1
        private final int[][] chunkCand;
        private final int[][] chunkQty;
        private final int[] chunks;

        // results: best plans with distinct location sets, cheapest first
        private final int keep;
        private final List<Solution> top = new ArrayList<>();
        private long nodes;
        private boolean aborted;
        private final long deadline;
        private boolean cutByMaxShipments;
        private boolean cutByMinValue;

        Search(RoutingProblem problem, RoutingProfile profile, List<Relevant> relevant, Map<String, Integer> skuIndex,
               String[] skuName, SearchLimits limits) {
            this.problem = problem;
            this.profile = profile;
            this.limits = limits;
            this.fences = profile.fences();
            this.lines = problem.order().lines();
            this.keep = 1 + limits.alternatives();
            this.deadline = System.nanoTime() + limits.timeLimit().toNanos();
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
            for (Relevant r : relevant) {
                LocationTerms t = r.terms;
                if (t.fence != null) {
                    exclusions.add(new Exclusion(t.location.locationId(), t.fence, t.fenceDetail()));
                    continue;
                }
                int[] c = new int[skus];
                boolean any = false;
                for (int s = 0; s < skus; s++) {
                    c[s] = t.usableUnits(r.stock[s], fences.hardPromise());
                    any |= c[s] > 0;
                }
                if (any) {
                    allowed.add(t);
                    caps.add(c);
                    rows.add(r.stock);
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
            int[] byDistance = order(metres);
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
                int[] sorted = order(alone, takerRank, k);
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
                    int[] byUnit = order(unit, holderRank, k);
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

            open = new boolean[k];
            openList = new int[k];
            unitsUsed = new int[k];
            valueUsed = new long[k];
            used = new int[k * Math.max(1, skus)];
            ready = new int[k];
            lateCost = new long[k];
            chunkCand = new int[n][];
            chunkQty = new int[n][];
            chunks = new int[n];
            for (int j = 0; j < n; j++) {
                int size = splitLine[j] ? Math.max(1, splitCands[j].length) : 1;
                chunkCand[j] = new int[size];
                chunkQty[j] = new int[size];
            }
        }

        private int unitsRoom(LocationTerms t) {
            Integer left = t.location.unitsLeft();
            return !fences.respectCapacity() || left == null ? Integer.MAX_VALUE : left;
        }

        private int readyFor(int c, int s, int units) {
            int[] sq = stepQty[c * skus + s];
            for (int i = 0; i < sq.length; i++) if (units <= sq[i]) return stepDay[c * skus + s][i];
            return Integer.MAX_VALUE / 4;
        }

        private long lateCost(int c, int readyOffset) {
            if (promiseOffset == Integer.MAX_VALUE) return 0;
            long late = (long) readyOffset + baseDays[c] - promiseOffset;
            return late > 0 ? late * latePerDay : 0;
        }

        // --- incremental moves (LIFO) ---

        /** Adds units of line j at candidate c; returns false (and changes nothing) when not allowed. */
        private boolean canAdd(int c, int j, int units) {
            if (used[c * skus + lineSku[j]] + units > cap[c * skus + lineSku[j]]) return false;
            if ((long) unitsUsed[c] + units > unitsCap[c]) return false;
            return open[c] || openCount < maxShipments;
        }

        /** Applies the move and returns what to pass to {@link #remove} (packed previous ready day). */
        private int add(int c, int j, int units) {
            int prevReady = ready[c];
            if (!open[c]) {
                g += fixed[c] + (openCount > 0 ? splitPenalty : 0);
                open[c] = true;
                openList[openCount++] = c;
            }
            int s = lineSku[j];
            used[c * skus + s] += units;
            unitsUsed[c] += units;
            valueUsed[c] += price[j] * units;
            int r = Math.max(prevReady, readyFor(c, s, used[c * skus + s]));
            ready[c] = r;
            long late = lateCost(c, r);
            g += unitCost[c] * units + late - lateCost[c];
            lateCost[c] = late;
            return prevReady;
        }

        private void remove(int c, int j, int units, int prevReady, boolean opened) {
            int s = lineSku[j];
            long late = lateCost(c, prevReady);
            g -= unitCost[c] * units + lateCost[c] - late;
            lateCost[c] = late;
            ready[c] = prevReady;
            used[c * skus + s] -= units;
            unitsUsed[c] -= units;
            valueUsed[c] -= price[j] * units;
            if (opened) {
                // a closed location costs nothing, not even the lateness of its handling and transit
                g -= late;
                lateCost[c] = 0;
                open[c] = false;
                openCount--;
                g -= fixed[c] + (openCount > 0 ? splitPenalty : 0);
            }
        }

        // --- search ---

        private long pruneBound() {
            return top.size() < keep ? Long.MAX_VALUE : top.getLast().cost;
        }

        /** Lower bound on the cost still to come for lines from depth d on, given the open locations. */
        private long restBound(int d) {
            long gap = 0;
            for (int i = d; i < n; i++) {
                int j = lineOrder[i];
                if (splitLine[j]) continue;
                long best = penalty[j];
                int[] list = whole[j];
                long newShipment = openCount > 0 ? splitPenalty : 0;
                for (int x = 0; x < list.length; x++) {
                    if (!open[list[x]]) {
                        best = Math.min(best, wholeCost[j][x] + newShipment);
                        break;
                    }
                }
                for (int o = 0; o < openCount; o++) {
                    int c = openList[o];
                    if (canTake[j][c]) best = Math.min(best, unitCost[c] * qty[j]);
                }
                gap = Math.max(gap, best - lineMin[j]);
            }
            return restMin[d] + gap;
        }

        void run() {
            if (n == 0) {
                offer();
                return;
            }
            branch(0);
        }

        private boolean tick() {
            nodes++;
            if (nodes >= limits.maxNodes() || ((nodes & 255) == 0 && System.nanoTime() > deadline)) aborted = true;
            return !aborted;
        }

        private void branch(int d) {
            if (d == n) {
                offer();
                return;
            }
            if (!tick()) return;
            int j = lineOrder[d];
            if (splitLine[j]) {
                // leaving the line unassigned
                chunks[j] = 0;
                g += penalty[j];
                if (g + restMin[d + 1] < pruneBound() && g + restBound(d + 1) < pruneBound()) branch(d + 1);
                g -= penalty[j];
                splitChunks(d, j, qty[j], 0);
                return;
            }
            // 1. locations already open: no new shipment
            for (int o = 0; o < openCount && !aborted; o++) {
                int c = openList[o];
                if (canTake[j][c]) tryWhole(d, j, c);
            }
            // 2. new locations, cheapest alone first; stop once even the cheapest cannot beat the bound
            int[] list = whole[j];
            long newShipment = openCount > 0 ? splitPenalty : 0;
            boolean capped = openCount >= maxShipments;
            for (int x = 0; x < list.length && !aborted; x++) {
                int c = list[x];
                if (open[c]) continue;
                if (g + wholeCost[j][x] + newShipment + restMin[d + 1] >= pruneBound()) break;
                if (capped) {
                    // only worth saying when the location could have made a cheaper plan
                    cutByMaxShipments = true;
                    break;
                }
                tryWhole(d, j, c);
            }
            // 3. leave the line unassigned
            if (aborted) return;
            chunks[j] = 0;
            g += penalty[j];
            if (g + restMin[d + 1] < pruneBound() && g + restBound(d + 1) < pruneBound()) branch(d + 1);
            g -= penalty[j];
        }

        private void tryWhole(int d, int j, int c) {
            if (!canAdd(c, j, qty[j])) return;
            boolean opening = !open[c];
            int prev = add(c, j, qty[j]);
            chunks[j] = 1;
            chunkCand[j][0] = c;
            chunkQty[j][0] = qty[j];
            if (g + restMin[d + 1] < pruneBound() && g + restBound(d + 1) < pruneBound()) branch(d + 1);
            remove(c, j, qty[j], prev, opening);
        }

        /** Pours the line into candidates in cheapest-unit order, each taking all it can, over every subset. */
        private void splitChunks(int d, int j, int remaining, int from) {
            if (remaining == 0) {
                branch(d + 1);
                return;
            }
            int[] list = splitCands[j];
            for (int x = from; x < list.length && !aborted; x++) {
                int c = list[x];
                int s = lineSku[j];
                int room = Math.min(cap[c * skus + s] - used[c * skus + s], unitsCap[c] - unitsUsed[c]);
                if (room <= 0) continue;
                if (!open[c] && openCount >= maxShipments) {
                    cutByMaxShipments = true;
                    continue;
                }
                if (!tick()) return;
                int take = Math.min(remaining, room);
                boolean opening = !open[c];
                int prev = add(c, j, take);
                int at = chunks[j];
                chunkCand[j][at] = c;
                chunkQty[j][at] = take;
                chunks[j] = at + 1;
                long bound = g + restMin[d + 1] + minUnitFrom(j, x + 1) * (remaining - take);
                if (bound < pruneBound()) splitChunks(d, j, remaining - take, x + 1);
                chunks[j] = at;
                remove(c, j, take, prev, opening);
            }
        }

        private long minUnitFrom(int j, int from) {
            int[] list = splitCands[j];
            return from < list.length ? unitCost[list[from]] : 0;
        }

        private void offer() {
            if (minValue != Long.MIN_VALUE) {
                for (int o = 0; o < openCount; o++) {
                    if (valueUsed[openList[o]] < minValue) {
                        cutByMinValue = true;
                        return;
                    }
                }
            }
            if (g >= pruneBound()) return;
            int[] set = java.util.Arrays.copyOf(openList, openCount);
            java.util.Arrays.sort(set);
            for (int i = 0; i < top.size(); i++) {
                if (java.util.Arrays.equals(top.get(i).locations, set)) {
                    if (top.get(i).cost <= g) return;
                    top.remove(i);
                    break;
                }
            }
            int[][] cc = new int[n][];
            int[][] cq = new int[n][];
            for (int j = 0; j < n; j++) {
                cc[j] = java.util.Arrays.copyOf(chunkCand[j], chunks[j]);
                cq[j] = java.util.Arrays.copyOf(chunkQty[j], chunks[j]);
            }
            Solution solution = new Solution(g, set, cc, cq);
            int at = 0;
            while (at < top.size() && SOLUTION_ORDER.compare(top.get(at), solution) <= 0) at++;
            top.add(at, solution);
            if (top.size() > keep) top.removeLast();
        }

        // equal costs keep the order found: the search tries cheaper, then nearer, then smaller ids first
        private static final Comparator<Solution> SOLUTION_ORDER = Comparator.comparingLong(s -> s.cost);

        /** Replays a given plan (the baseline's) through the moves; an allowed one becomes the first incumbent. */
        void seed(List<Assignment> plan) {
            java.util.Arrays.fill(chunks, 0);
            Map<String, Integer> lineIndex = new HashMap<>();
            for (int j = 0; j < n; j++) lineIndex.put(lines.get(j).lineId(), j);
            Map<String, Integer> candIndex = new HashMap<>();
            for (int c = 0; c < k; c++) candIndex.put(cand[c].location.locationId(), c);
            List<int[]> moves = new ArrayList<>();
            for (Assignment a : plan) {
                Integer c = candIndex.get(a.locationId());
                if (c == null) {
                    undoSeed(moves);
                    return;
                }
                for (LineQuantity q : a.lines()) {
                    Integer j = lineIndex.get(q.lineId());
                    if (j == null || q.quantity() != qty[j] || chunks[j] != 0 || splitLine[j] || !canTake[j][c]) {
                        undoSeed(moves);
                        return;
                    }
                    if (!canAdd(c, j, q.quantity())) {
                        undoSeed(moves);
                        return;
                    }
                    boolean opening = !open[c];
                    int prev = add(c, j, q.quantity());
                    chunks[j] = 1;
                    chunkCand[j][0] = c;
                    chunkQty[j][0] = q.quantity();
                    moves.add(new int[]{c, j, q.quantity(), prev, opening ? 1 : 0});
                }
            }
            for (int j = 0; j < n; j++) if (chunks[j] == 0) g += penalty[j];
            offer();
            for (int j = 0; j < n; j++) if (chunks[j] == 0) g -= penalty[j];
            undoSeed(moves);
        }

        private void undoSeed(List<int[]> moves) {
            for (int i = moves.size() - 1; i >= 0; i--) {
                int[] m = moves.get(i);
                remove(m[0], m[1], m[2], m[3], m[4] == 1);
                chunks[m[1]] = 0;
            }
        }

        Decision decision() {
            RoutingOrder order = problem.order();
            List<Evaluation> evaluations = new ArrayList<>();
            for (Solution s : top) evaluations.add(CostModel.evaluate(problem, profile, plan(s)));
            Evaluation best = evaluations.isEmpty() ? CostModel.evaluate(problem, profile, List.of()) : evaluations.getFirst();
            List<UnassignedLine> unassigned = new ArrayList<>();
            for (UnassignedLine u : best.unassigned()) unassigned.add(new UnassignedLine(u.lineId(), u.sku(), u.quantity(), reason(u)));
            List<Alternative> alternatives = new ArrayList<>();
            for (int i = 1; i < evaluations.size(); i++) {
                Evaluation e = evaluations.get(i);
                alternatives.add(new Alternative(e.shipments(), e.unassigned(), e.cost()));
            }
            List<String> notes = new ArrayList<>();
            if (cutByMaxShipments) notes.add("max shipments " + fences.maxShipments() + " ruled out plans with more locations");
            if (cutByMinValue) notes.add("minimum shipment value " + fences.minShipmentValue() + " ruled out plans with smaller shipments");
            if (aborted) notes.add("search stopped at its limit after " + nodes + " nodes: best plan found, not proven optimal");
            return new Decision(order.orderId(), NAME, profile.profileId(), profile.version(), order.priority(),
                    best.shipments(), unassigned, best.cost(), !aborted, nodes, alternatives, exclusions, notes);
        }

        private String reason(UnassignedLine u) {
            int j = 0;
            while (!lines.get(j).lineId().equals(u.lineId())) j++;
            if (whole[j].length == 0 && splitCands[j].length == 0) {
                return "no allowed location holds enough of " + u.sku() + " (now or arriving in time) with capacity left";
            }
            return "serving it breaks a plan-level fence or costs more than leaving it (" + penalty[j] + ")";
        }

        private List<Assignment> plan(Solution s) {
            Map<Integer, List<LineQuantity>> byCand = new java.util.TreeMap<>();
            for (int j = 0; j < n; j++) {
                OrderLine line = lines.get(j);
                for (int x = 0; x < s.chunkCand[j].length; x++) {
                    byCand.computeIfAbsent(s.chunkCand[j][x], c -> new ArrayList<>())
                            .add(new LineQuantity(line.lineId(), line.sku(), s.chunkQty[j][x]));
                }
            }
            List<Assignment> plan = new ArrayList<>();
            byCand.forEach((c, q) -> plan.add(new Assignment(cand[c].location.locationId(), q)));
            return plan;
        }
    }

    private record Solution(long cost, int[] locations, int[][] chunkCand, int[][] chunkQty) {
    }
}
