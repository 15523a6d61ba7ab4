package com.omnidom.routing.lab.replay;

import com.omnidom.routing.engine.FewestLocationsThenNearest;
import com.omnidom.routing.engine.RoutingEngine;
import com.omnidom.routing.engine.RoutingStrategy;
import com.omnidom.routing.engine.RoutingOrder;
import com.omnidom.routing.engine.RoutingProfile;
import com.omnidom.routing.lab.cities.Cities;
import com.omnidom.routing.lab.scenario.WorldGenerator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Command line of the what-if replay. Either recorded files
 * <pre>--snapshot snapshot.json --orders orders.ndjson</pre>
 * or routing-service's exports <pre>--locations locations.ndjson --orders orders.ndjson [--day 2026-11-26]</pre>
 * or a generated world <pre>--generate --locations 210 --count 2000 --seed 42</pre>
 * then <pre>[--active active.json] --candidate candidate.json [--active-strategy engine|baseline]
 * [--candidate-strategy engine|baseline] [--out report.md] [--write-inputs DIR]</pre>
 * Without {@code --active} the benchmark's profile is active. Progress goes to stderr.
 */
public final class WhatIfReplay {

    private WhatIfReplay() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        boolean files = options.containsKey("snapshot") || options.containsKey("locations") && !options.containsKey("generate");
        if (options.containsKey("help") || (!options.containsKey("generate") && !files)) {
            System.err.println("usage: --snapshot FILE --orders FILE | --locations FILE.ndjson --orders FILE [--day yyyy-MM-dd]");
            System.err.println("       | --generate [--locations 210] [--count 2000] [--seed 42]");
            System.err.println("       [--active FILE] [--candidate FILE] [--active-strategy engine|baseline] [--candidate-strategy engine|baseline]");
            System.err.println("       [--out report.md] [--write-inputs DIR]");
            if (!options.containsKey("help")) System.exit(2);
            return;
        }
        Snapshot snapshot;
        List<RoutingOrder> orders;
        if (options.containsKey("generate")) {
            long seed = Long.parseLong(options.getOrDefault("seed", "42"));
            int size = Integer.parseInt(options.getOrDefault("locations", "210"));
            int count = Integer.parseInt(options.getOrDefault("count", "2000"));
            WorldGenerator generator = new WorldGenerator(Cities.load(Cities.DEFAULT_COUNTRIES), 3_000);
            snapshot = new Snapshot(WorldGenerator.DAY, generator.locations(seed, size));
            orders = generator.orders(seed, count, snapshot.locations());
        } else if (options.containsKey("snapshot")) {
            snapshot = ReplayFiles.readSnapshot(Path.of(options.get("snapshot")));
            orders = ReplayFiles.readOrders(Path.of(required(options, "orders")));
        } else {
            // routing-service's exports: locations and orders as NDJSON
            orders = ReplayFiles.readOrders(Path.of(required(options, "orders")));
            LocalDate day = options.containsKey("day") ? LocalDate.parse(options.get("day"))
                    : orders.isEmpty() ? LocalDate.now() : orders.getFirst().orderDate();
            snapshot = new Snapshot(day, ReplayFiles.readLocations(Path.of(options.get("locations"))));
        }
        RoutingProfile active = options.containsKey("active") ? ReplayFiles.readProfile(Path.of(options.get("active")))
                : WorldGenerator.benchmarkProfile();
        RoutingProfile candidate = options.containsKey("candidate") ? ReplayFiles.readProfile(Path.of(options.get("candidate")))
                : active;
        if (options.containsKey("write-inputs")) {
            Path dir = Files.createDirectories(Path.of(options.get("write-inputs")));
            ReplayFiles.writeSnapshot(dir.resolve("snapshot.json"), snapshot);
            ReplayFiles.writeOrders(dir.resolve("orders.ndjson"), orders);
            ReplayFiles.writeProfile(dir.resolve("active.json"), active);
            ReplayFiles.writeProfile(dir.resolve("candidate.json"), candidate);
        }
        int total = orders.size();
        long started = System.nanoTime();
        RoutingStrategy activeStrategy = strategy(options.getOrDefault("active-strategy", "engine"));
        RoutingStrategy candidateStrategy = strategy(options.getOrDefault("candidate-strategy", "engine"));
        Replay.Result result = Replay.run(snapshot, orders, active, activeStrategy, candidate, candidateStrategy, done -> {
            if (done == total || done % Math.max(1, total / 20) == 0) {
                System.err.printf(Locale.ROOT, "\rreplayed %d of %d orders (%.0f %%) in %.1f s", done, total,
                        100.0 * done / Math.max(1, total), (System.nanoTime() - started) / 1e9);
                if (done == total) System.err.println();
            }
        });
        String source = options.containsKey("generate") ? "a generated stream" : options.get("orders");
        String report = ReplayReport.markdown(result, source);
        Path out = Path.of(options.getOrDefault("out", "what-if-report.md"));
        Files.writeString(out, report);
        System.err.println("report written to " + out.toAbsolutePath());
    }

    private static RoutingStrategy strategy(String name) {
        return switch (name) {
            case "engine" -> new RoutingEngine();
            case "baseline" -> new FewestLocationsThenNearest();
            default -> throw new IllegalArgumentException("strategy is engine or baseline, not " + name);
        };
    }

    private static String required(Map<String, String> options, String key) {
        String value = options.get(key);
        if (value == null) throw new IllegalArgumentException("--" + key + " is required");
        return value;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) throw new IllegalArgumentException("unexpected argument " + args[i]);
            String key = args[i].substring(2);
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            options.put(key, flag ? "true" : args[++i]);
        }
        return options;
    }
}
