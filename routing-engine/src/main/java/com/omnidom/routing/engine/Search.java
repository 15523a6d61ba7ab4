package com.omnidom.routing.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The depth-first branch and bound of one decision over its {@link SearchSpace}: incremental moves (LIFO), bounds,
 * the best plans per distinct location set, and the decision with its explanation. The inner loop allocates nothing.
 */
final class Search extends SearchSpace {

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
    boolean aborted;
    private final long deadline;
    private boolean cutByMaxShipments;
    private boolean cutByMinValue;

    Search(RoutingProblem problem, RoutingProfile profile, List<RelevantLocation> relevant, Map<String, Integer> skuIndex,
           String[] skuName, SearchLimits limits) {
        // the time limit counts from before the search space is built, as the whole decision does
        this(System.nanoTime() + limits.timeLimit().toNanos(), problem, profile, relevant, skuIndex, skuName, limits);
    }

    private Search(long deadline, RoutingProblem problem, RoutingProfile profile, List<RelevantLocation> relevant,
                   Map<String, Integer> skuIndex, String[] skuName, SearchLimits limits) {
        super(problem, profile, relevant, skuIndex, skuName, limits);
        this.keep = 1 + limits.alternatives();
        this.deadline = deadline;
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
        return new Decision(order.orderId(), RoutingEngine.NAME, profile.profileId(), profile.version(), order.priority(),
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

    private record Solution(long cost, int[] locations, int[][] chunkCand, int[][] chunkQty) {
    }
}
