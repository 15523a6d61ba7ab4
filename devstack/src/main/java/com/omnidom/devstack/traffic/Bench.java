package com.omnidom.devstack.traffic;

import com.omnidom.devstack.Options;
import com.omnidom.devstack.Options.UsageException;
import com.omnidom.devstack.traffic.HopTally.Evaluation;
import com.omnidom.devstack.traffic.HopTally.Hop;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end-to-end benchmark of the local stack: the idle stack's CPU, a pgbench reference on the stack's own
 * PostgreSQL, then for each offered rate one open-loop run of the whole order lifecycle ({@link DemoTraffic}: orders
 * are sent when due whatever the answers; latencies count from when each was due), measured by {@link HopTally}
 * (hop latencies from the events' Kafka timestamps, HdrHistogram), {@link ProcessSampler} (CPU and memory of every
 * process, from /proc) and end-of-run checks (every order completed, no effect twice). Prints one report, Markdown.
 */
public final class Bench {

    private static final String USAGE = """
            usage: java -cp ... com.omnidom.devstack.traffic.Bench [options]
              --rates <r1,r2,..>   offered orders per second, one run each, default 20,50,100
              --duration <s>       seconds each rate is offered, default 60
              --drain <s>          after a rate's last order, seconds to wait at most for the lifecycle to complete,
                                   default 120
              --warmup <s>         first play the traffic at 5 orders/s this long, unmeasured: the JIT compiles the
                                   hot paths of every service (minutes of CPU on two cores), default 120 (0: none)
              --settle <s>         then wait until the stack is quiet (under 10 % of a core over 5 s: a fresh demo
                                   load keeps the consumers busy for a while), at most this long, default 300
              --idle <s>           seconds to measure the idle stack then, default 30 (0: skip)
              --pgbench <s>        seconds of pgbench's simple-update reference on the stack's PostgreSQL, default 10
                                   (0: skip; needs pgbench on the PATH)
              --pg-host, --pg-port, --pg-user   the stack's PostgreSQL, default 127.0.0.1, 5433, postgres
              --pids <dir>         the stack's pid files, default .omnidom/pids
              --pg-data <dir>      its PostgreSQL data directory (postmaster.pid), default .omnidom/data/postgres
              --max-in-flight <n>  orders posted and not answered at most, default 1024 (open loop while below)
              and DemoTraffic's --seed, --stores, --articles, --order-url, --routing-url, --auth-url, --kafka,
              --reject-share
            Exit status: 0 the runs completed their orders with no effect twice, 1 otherwise, 2 the stack is down.""";

    private final Options options;
    private final PrintStream out = System.out;
    private final ProcessSampler sampler;

    private Bench(Options options) {
        this.options = options;
        this.sampler = new ProcessSampler(options.path("pids", ".omnidom/pids"),
                options.path("pg-data", ".omnidom/data/postgres"));
    }

    public static void main(String[] args) {
        int status;
        try {
            Set<String> known = new HashSet<>(DemoTraffic.OPTIONS);
            known.addAll(Set.of("rates", "warmup", "settle", "idle", "pgbench", "pg-host", "pg-port", "pg-user", "pids", "pg-data"));
            status = new Bench(Options.parse(args, known, USAGE)).run();
        } catch (UsageException e) {
            e.report();
            status = 2;
        }
        System.exit(status);
    }

    /** One rate's run, measured. */
    private record Step(double offered, DemoTraffic.Outcome outcome, Evaluation evaluation, Map<String, Double> cpu,
                        double machineCpu, double seconds, Map<String, Long> pss) {

        double stackCpu() {
            return cpu.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        /** CPU milliseconds per completed order (NaN when none completed). */
        double perOrder(double cpuSeconds) {
            return evaluation.completed() == 0 ? Double.NaN : 1000 * cpuSeconds / evaluation.completed();
        }
    }

    private int run() {
        List<Double> rates = new ArrayList<>();
        for (String r : options.text("rates", "20,50,100").split(",")) {
            try {
                rates.add(Double.parseDouble(r.trim()));
            } catch (NumberFormatException e) {
                throw new UsageException("--rates must be numbers separated by commas, got '" + r + "'", USAGE);
            }
        }
        int duration = options.integer("duration", 60);
        out.println("# Omnidom bench, " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        out.println();
        out.println("Machine: " + machine());
        out.println("Service JVMs: " + serviceJvm());
        out.println();

        int warmup = options.integer("warmup", 120);
        if (warmup > 0) {
            out.printf(Locale.ROOT, "Warm-up: 5 orders/s for %d s, not measured%n", warmup);
            var quiet = System.out;
            System.setOut(new PrintStream(PrintStream.nullOutputStream()));
            try {
                if (new DemoTraffic(trafficOptions(5, warmup, -1), null).play() == null) return 2;
            } finally {
                System.setOut(quiet);
            }
        }
        settle(options.integer("settle", 300));
        Map<String, Double> idle = Map.of();
        double idleMachine = Double.NaN;
        int idleSeconds = options.integer("idle", 30);
        if (idleSeconds > 0) {
            var before = sampler.sample();
            DemoTraffic.sleep(idleSeconds * 1000L);
            var after = sampler.sample();
            double s = after.secondsSince(before);
            idle = new LinkedHashMap<>();
            for (var e : after.cpuSince(before).entrySet()) idle.put(e.getKey(), 100 * e.getValue() / s);
            idleMachine = 100 * (after.machineBusySeconds() - before.machineBusySeconds()) / s;
            out.printf(Locale.ROOT, "Idle stack (%d s, no traffic): %.1f %% of a core (machine %.1f %%)%n", idleSeconds,
                    idle.values().stream().mapToDouble(Double::doubleValue).sum(), idleMachine);
        }
        String pgbench = pgbench(options.integer("pgbench", 10));
        out.println("pgbench reference: " + pgbench);
        out.println();

        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < rates.size(); i++) {
            double rate = rates.get(i);
            out.printf(Locale.ROOT, "## %.0f orders/s offered for %d s%n%n", rate, duration);
            var hops = new HopTally();
            var traffic = new DemoTraffic(trafficOptions(rate, duration, i), hops);
            var before = sampler.sample();
            DemoTraffic.Outcome outcome = traffic.play();
            var after = sampler.sample();
            if (outcome == null) return 2;
            Step step = new Step(rate, outcome, hops.evaluate(), after.cpuSince(before),
                    after.machineBusySeconds() - before.machineBusySeconds(), after.secondsSince(before), after.pssBytes());
            steps.add(step);
            out.println();
        }
        report(steps, idle, idleMachine, pgbench);
        boolean ok = steps.stream().allMatch(s -> s.evaluation().incomplete() == 0 && s.evaluation().doubled().isEmpty()
                && s.evaluation().failed() == 0);
        return ok ? 0 : 1;
    }

    /**
     * Until the stack's processes are quiet: under 10 % of a core over 5 s, or steady (within a quarter of the
     * previous 5 s) below half a core - a stack whose idle is above 10 % settles too; at most {@code maxSeconds}.
     */
    private void settle(int maxSeconds) {
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        var before = sampler.sample();
        double previous = Double.NaN;
        while (System.nanoTime() < deadline) {
            DemoTraffic.sleep(5_000);
            var after = sampler.sample();
            double busy = after.cpuSince(before).values().stream().mapToDouble(Double::doubleValue).sum()
                    / after.secondsSince(before);
            if (busy < 0.10 || (busy < 0.5 && Math.abs(busy - previous) <= 0.25 * previous)) return;
            before = after;
            previous = busy;
        }
        out.printf(Locale.ROOT, "(the stack was still busy after %d s of waiting to settle)%n", maxSeconds);
    }

    private Options trafficOptions(double rate, int duration, int index) {
        List<String> args = new ArrayList<>(List.of("--rate", Double.toString(rate), "--duration", Integer.toString(duration),
                "--drain", Integer.toString(options.integer("drain", 120)), "--live", "no",
                "--max-in-flight", Integer.toString(options.integer("max-in-flight", 1024)),
                // other customers each run: the risk check's velocity limits would hold repeat customers
                "--order-seed", Long.toString(options.number("seed", 42) * 1000 + index + 1 + System.currentTimeMillis() / 1000)));
        for (String name : List.of("seed", "stores", "articles", "order-url", "routing-url", "auth-url", "kafka", "reject-share")) {
            String value = options.text(name, null);
            if (value != null) args.addAll(List.of("--" + name, value));
        }
        return Options.parse(args.toArray(String[]::new), DemoTraffic.OPTIONS, USAGE);
    }

    private void report(List<Step> steps, Map<String, Double> idle, double idleMachine, String pgbench) {
        out.println("## Results");
        out.println();
        out.println("| offered/s | sustained/s | answered 201 | failed | held | completed | incomplete | doubled effects | stack CPU ms/order | machine CPU ms/order | stack PSS |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Step s : steps) {
            Evaluation e = s.evaluation();
            out.printf(Locale.ROOT, "| %.0f | %.1f | %d | %d | %d | %d | %d | %d | %.1f | %.1f | %s |%n", s.offered(),
                    s.outcome().accepted() / Math.max(0.001, s.outcome().postSeconds()), e.answered(),
                    s.outcome().errors(), e.stopped(), e.completed(), e.incomplete(), e.doubled().size(),
                    s.perOrder(s.stackCpu()), s.perOrder(s.machineCpu()), mib(total(s.pss())));
        }
        out.println();
        out.println("Latency per hop, ms (p50 / p99 / max), from when each order was due; events timed by their Kafka timestamps:");
        out.println();
        StringBuilder head = new StringBuilder("| hop |"), rule = new StringBuilder("|---|");
        for (Step s : steps) {
            head.append(String.format(Locale.ROOT, " %.0f/s |", s.offered()));
            rule.append("---|");
        }
        out.println(head);
        out.println(rule);
        for (Hop hop : Hop.values()) {
            StringBuilder row = new StringBuilder("| " + hop.label + " |");
            for (Step s : steps) {
                Histogram h = s.evaluation().hops().get(hop);
                row.append(h.getTotalCount() == 0 ? " – |" : String.format(Locale.ROOT, " %d / %d / %d |",
                        h.getValueAtPercentile(50), h.getValueAtPercentile(99), h.getMaxValue()));
            }
            out.println(row);
        }
        out.println();
        out.println("CPU per completed order, ms, by process" + (idle.isEmpty() ? "" : " (and the idle stack, % of a core)") + ":");
        out.println();
        Set<String> processes = new TreeSet<>(idle.keySet());
        steps.forEach(s -> processes.addAll(s.cpu().keySet()));
        out.println((idle.isEmpty() ? "| process |" : "| process | idle % |") + head.substring("| hop |".length())
                + " PSS at the end |");
        out.println((idle.isEmpty() ? "|---|" : "|---|---|") + rule.substring("|---|".length()) + "---|");
        for (String p : processes) {
            StringBuilder row = new StringBuilder("| " + p + " |");
            if (!idle.isEmpty()) row.append(String.format(Locale.ROOT, " %.1f |", idle.getOrDefault(p, 0.0)));
            for (Step s : steps) row.append(String.format(Locale.ROOT, " %.1f |", s.perOrder(s.cpu().getOrDefault(p, 0.0))));
            Step last = steps.isEmpty() ? null : steps.getLast();
            row.append(" ").append(last == null ? "–" : mib(last.pss().getOrDefault(p, 0L))).append(" |");
            out.println(row);
        }
        if (!idle.isEmpty()) {
            out.printf(Locale.ROOT, "| **stack** | %.1f |", idle.values().stream().mapToDouble(Double::doubleValue).sum());
            for (Step s : steps) out.printf(Locale.ROOT, " %.1f |", s.perOrder(s.stackCpu()));
            out.println(" " + (steps.isEmpty() ? "–" : mib(total(steps.getLast().pss()))) + " |");
        }
        out.println();
        out.println("pgbench reference: " + pgbench);
        for (Step s : steps) {
            if (!s.evaluation().doubled().isEmpty()) {
                out.printf(Locale.ROOT, "Doubled effects at %.0f/s: %s%n", s.offered(),
                        String.join("; ", s.evaluation().doubled().subList(0, Math.min(10, s.evaluation().doubled().size()))));
            }
        }
    }

    private static long total(Map<String, Long> bytes) {
        return bytes.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
    }

    /** pgbench's built-in simple-update script on the stack's PostgreSQL, 2 clients: the tps it reports. */
    private String pgbench(int seconds) {
        if (seconds <= 0) return "skipped";
        String host = options.text("pg-host", "127.0.0.1"), port = options.text("pg-port", "5433"),
                user = options.text("pg-user", "postgres"), db = "omnidom_pgbench";
        try (var c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", user, "")) {
            try (var rs = c.createStatement().executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + db + "'")) {
                if (!rs.next()) c.createStatement().execute("CREATE DATABASE " + db);
            }
        } catch (SQLException e) {
            return "not run: " + e.getMessage();
        }
        List<String> connection = List.of("-h", host, "-p", port, "-U", user);
        String init = exec(concat(List.of("pgbench", "-i", "-q", "-s", "10"), connection, db), 300);
        if (init == null) return "not run: pgbench is not installed (Debian: postgresql-client)";
        String result = exec(concat(List.of("pgbench", "-N", "-c", "2", "-j", "2", "-T", Integer.toString(seconds)),
                connection, db), seconds + 120);
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(result == null ? "" : result);
        return tps.find() ? String.format(Locale.ROOT, "%.0f simple-update transactions/s (pgbench -N, 2 clients, %d s)",
                Double.parseDouble(tps.group(1)), seconds) : "failed: " + result;
    }

    private static List<String> concat(List<String> a, List<String> b, String last) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.add(last);
        return all;
    }

    /** The command's output, or null when it cannot be started. */
    private static String exec(List<String> command, int timeoutSeconds) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) p.destroyForcibly();
            return new String(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String machine() {
        String model = "?";
        long memKb = 0;
        try {
            model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.replaceFirst(".*:\\s*", "")).orElse("?");
            memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(0L);
        } catch (IOException | RuntimeException e) {
            // not Linux: the header says less
        }
        return String.format(Locale.ROOT, "%s, %d cores, %.0f GiB; %s %s", model,
                Runtime.getRuntime().availableProcessors(), memKb / 1048576.0, System.getProperty("os.name"),
                System.getProperty("os.version"));
    }

    /** The JVM options order-service runs with (all services get the same), from its command line. */
    private String serviceJvm() {
        try {
            Path pidFile = options.path("pids", ".omnidom/pids").resolve("order-service.pid");
            String pid = Files.readString(pidFile).trim();
            String[] args = Files.readString(Path.of("/proc", pid, "cmdline")).split("\0");
            List<String> flags = new ArrayList<>();
            for (String a : args) {
                if (a.startsWith("-X") || a.startsWith("-XX")) flags.add(a.replaceFirst("=.*/", "=…/"));
                if (a.equals("-jar")) break;
            }
            return args[0] + " " + String.join(" ", flags);
        } catch (IOException | RuntimeException e) {
            return "unknown (no order-service of ./omnidom running)";
        }
    }
}
