package com.omnidom.routing.lab;

import com.omnidom.routing.engine.*;
import com.omnidom.routing.lab.cities.Cities;
import com.omnidom.routing.lab.cities.City;
import com.omnidom.routing.lab.scenario.WorldGenerator;
import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Quality and speed of the engine per tier of locations (S 10, M 50, L 210, XL 1,000) on a seeded world on real
 * geography: cost against the exact optimum (CP-SAT) and against the baseline, shipments per order, split rate,
 * decision latency. Not a test: run it with
 * <pre>
 * ./mvnw -q -pl routing-engine test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.omnidom.routing.engine.RoutingEngineBenchmark
 * </pre>
 * Options (system properties): {@code bench.tiers=S,M,L,XL}, {@code bench.orders=20000}, {@code bench.reference=1000}.
 */
public final class RoutingEngineBenchmark {

    private record Tier(String name, int locations, int orders, int reference) {
    }

    private RoutingEngineBenchmark() {
    }

    public static void main(String[] args) {
        List<String> wanted = List.of(System.getProperty("bench.tiers", "S,M,L,XL").split(","));
        int orders = Integer.getInteger("bench.orders", 20_000);
        int reference = Integer.getInteger("bench.reference", 1_000);
        List<Tier> tiers = List.of(new Tier("S", 10, orders, reference), new Tier("M", 50, orders, reference),
                new Tier("L", 210, orders, reference), new Tier("XL", 1_000, orders / 4, reference / 5));
        List<City> cities = Cities.load(Cities.DEFAULT_COUNTRIES);
        WorldGenerator generator = new WorldGenerator(cities, 3_000);
        RoutingProfile profile = WorldGenerator.benchmarkProfile();
        System.out.printf(Locale.ROOT, "Routing engine benchmark: %d cities, 3,000 articles, Java %s, %d cores%n%n",
                cities.size(), Runtime.version(), Runtime.getRuntime().availableProcessors());
        List<String> rows = new ArrayList<>();
        for (Tier tier : tiers) {
            if (wanted.contains(tier.name)) rows.add(run(tier, generator, profile));
        }
        // the same worlds under hard fences: at most 2 shipments, each worth 15.00, on time, no franchise partners
        RoutingProfile fenced = profile.with(Fences.NONE.withMaxShipments(2).withMinShipmentValue(1_500L).withHardPromise(true)
                .withAllowedTypes(java.util.EnumSet.of(LocationType.WAREHOUSE, LocationType.STORE, LocationType.DROP_SHIPPER,
                        LocationType.LOGISTICS_PROVIDER)));
        List<String> fencedRows = new ArrayList<>();
        if (!Boolean.getBoolean("bench.skipFenced")) {
            for (Tier tier : tiers) {
                if (wanted.contains(tier.name) && tier.locations <= 210) {
                    fencedRows.add(run(new Tier(tier.name, tier.locations, tier.orders / 4, tier.reference / 4), generator, fenced));
                }
            }
        }
        System.out.println();
        String header = "| tier | locations | orders (CP-SAT) | mean cost / optimum | worst | proven optimal | cost / baseline (mean) | worse than baseline | shipments per order (baseline) | split rate (baseline) | p50 | p99 | max | p99 CPU time | baseline p50 / p99 |";
        String rule = "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|";
        System.out.println(header);
        System.out.println(rule);
        rows.forEach(System.out::println);
        if (!fencedRows.isEmpty()) {
            System.out.println();
            System.out.println("Fenced profile (max 2 shipments, min shipment value 15.00, hard promise, no franchise partners):");
            System.out.println();
            System.out.println(header);
            System.out.println(rule);
            fencedRows.forEach(System.out::println);
        }
    }

    private static String run(Tier tier, WorldGenerator generator, RoutingProfile profile) {
        long seed = 1_000 + tier.locations;
        List<CandidateLocation> locations = generator.locations(seed, tier.locations);
        List<RoutingProblem> problems = generator.orders(seed, tier.orders, locations).stream()
                .map(o -> new RoutingProblem(o, locations, Set.of())).toList();
        RoutingEngine engine = new RoutingEngine();
        FewestLocationsThenNearest baseline = new FewestLocationsThenNearest();

        // warm-up: let the JIT compile both strategies
        int warmup = Math.min(problems.size(), 5_000);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < warmup; i++) {
                engine.decide(problems.get(i), profile);
                baseline.decide(problems.get(i), profile);
            }
        }
        Histogram engineNanos = new Histogram(3_600_000_000_000L, 3);
        Histogram baselineNanos = new Histogram(3_600_000_000_000L, 3);
        // CPU time of the deciding thread as well: on a shared machine wall time includes being descheduled
        Histogram engineCpu = new Histogram(3_600_000_000_000L, 3);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Decision[] decisions = new Decision[problems.size()];
        Decision[] baselines = new Decision[problems.size()];
        for (int i = 0; i < problems.size(); i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            decisions[i] = engine.decide(problems.get(i), profile);
            long t1 = System.nanoTime();
            engineCpu.recordValue(Math.max(0, threads.getCurrentThreadCpuTime() - c0));
            baselines[i] = baseline.decide(problems.get(i), profile);
            long t2 = System.nanoTime();
            engineNanos.recordValue(t1 - t0);
            baselineNanos.recordValue(t2 - t1);
        }
        double ratioToBaseline = 0;
        int comparable = 0;
        int worse = 0;
        int proven = 0;
        long shipments = 0;
        long baseShipments = 0;
        int routed = 0;
        int split = 0;
        int baseRouted = 0;
        int baseSplit = 0;
        for (int i = 0; i < decisions.length; i++) {
            Decision d = decisions[i];
            Decision b = baselines[i];
            // the baseline ignores plan fences: only its allowed plans compare with the engine's
            boolean baselineAllowed = b.notes().stream().noneMatch(note -> note.startsWith("breaks the profile"));
            if (baselineAllowed) {
                comparable++;
                ratioToBaseline += (double) d.totalCost() / b.totalCost();
                if (d.totalCost() > b.totalCost()) worse++;
            }
            if (d.provenOptimal()) proven++;
            shipments += d.shipments().size();
            baseShipments += b.shipments().size();
            if (!d.shipments().isEmpty()) routed++;
            if (d.shipments().size() > 1) split++;
            if (!b.shipments().isEmpty()) baseRouted++;
            if (b.shipments().size() > 1) baseSplit++;
        }
        // exact reference on the first orders
        double ratioSum = 0;
        double worst = 1;
        int cheaperThanReference = 0;
        int referenceNotOptimal = 0;
        long referenceNanos = 0;
        for (int i = 0; i < tier.reference && i < problems.size(); i++) {
            CpSatReference.Result optimum = CpSatReference.solve(problems.get(i), profile, 20);
            referenceNanos += optimum.nanos();
            if (!optimum.optimal()) referenceNotOptimal++;
            double ratio = (double) decisions[i].totalCost() / optimum.cost();
            if (decisions[i].totalCost() < optimum.cost()) cheaperThanReference++;
            ratioSum += ratio;
            worst = Math.max(worst, ratio);
        }
        int n = problems.size();
        int refs = Math.min(tier.reference, n);
        System.out.printf(Locale.ROOT,
                "%s: %d locations, %d orders (%d with a CP-SAT reference, %.1f ms each on average; %d not proven by CP-SAT;"
                        + " %d where the engine undercut it); engine proven optimal %.2f %%; baseline plans breaking the profile: %d%n",
                tier.name, tier.locations, n, refs, referenceNanos / 1e6 / Math.max(1, refs), referenceNotOptimal,
                cheaperThanReference, 100.0 * proven / n, n - comparable);
        return String.format(Locale.ROOT,
                "| %s | %d | %d (%d) | %.5f | %.4f | %.2f %% | %.4f | %d | %.3f (%.3f) | %.2f %% (%.2f %%) | %s | %s | %s | %s | %s / %s |",
                tier.name, tier.locations, n, refs, ratioSum / Math.max(1, refs), worst, 100.0 * proven / n,
                ratioToBaseline / Math.max(1, comparable), worse, (double) shipments / n, (double) baseShipments / n,
                100.0 * split / Math.max(1, routed), 100.0 * baseSplit / Math.max(1, baseRouted),
                micros(engineNanos.getValueAtPercentile(50)), micros(engineNanos.getValueAtPercentile(99)),
                micros(engineNanos.getMaxValue()), micros(engineCpu.getValueAtPercentile(99)), micros(baselineNanos.getValueAtPercentile(50)),
                micros(baselineNanos.getValueAtPercentile(99)));
    }

    private static String micros(long nanos) {
        return String.format(Locale.ROOT, "%.0f µs", nanos / 1_000.0);
    }
}
