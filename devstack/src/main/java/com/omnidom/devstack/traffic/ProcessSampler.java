package com.omnidom.devstack.traffic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time and memory of the local stack's processes, read from Linux's /proc: each component of {@code ./omnidom}
 * (its pid file) with every process below it, and the PostgreSQL server, which runs detached from its launcher (its
 * {@code postmaster.pid}), with its backends. CPU is user + system time, including children that have exited; memory
 * is the proportional set size (PSS: shared pages counted once across the processes sharing them).
 */
final class ProcessSampler {

    /** The kernel's clock ticks per second (USER_HZ), 100 on every Linux of our time. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final Path pidDir;
    private final Path postmasterPid;

    ProcessSampler(Path pidDir, Path postgresData) {
        this.pidDir = pidDir;
        this.postmasterPid = postgresData == null ? null : postgresData.resolve("postmaster.pid");
    }

    /** CPU seconds per component since each started, the machine's busy CPU seconds, and PSS per component. */
    record Sample(Map<String, Double> cpuSeconds, double machineBusySeconds, Map<String, Long> pssBytes, long atNanos) {

        /** CPU seconds per component between {@code earlier} and this sample (components present in both). */
        Map<String, Double> cpuSince(Sample earlier) {
            Map<String, Double> delta = new TreeMap<>();
            cpuSeconds.forEach((name, now) -> {
                Double before = earlier.cpuSeconds.get(name);
                if (before != null) delta.put(name, Math.max(0, now - before));
            });
            return delta;
        }

        double secondsSince(Sample earlier) {
            return (atNanos - earlier.atNanos) / 1e9;
        }
    }

    private record Proc(int pid, int ppid, long ticks, long childTicks) {
    }

    Sample sample() {
        Map<Integer, Proc> procs = processes();
        Map<Integer, List<Integer>> children = new HashMap<>();
        procs.values().forEach(p -> children.computeIfAbsent(p.ppid(), k -> new ArrayList<>()).add(p.pid()));
        Map<String, Double> cpu = new TreeMap<>();
        Map<String, Long> pss = new TreeMap<>();
        components().forEach((name, root) -> {
            if (!procs.containsKey(root)) return;
            long ticks = procs.get(root).childTicks();
            long bytes = 0;
            List<Integer> tree = new ArrayList<>(List.of(root));
            for (int i = 0; i < tree.size(); i++) {
                Proc p = procs.get(tree.get(i));
                if (p == null) continue;
                ticks += p.ticks();
                bytes += pss(p.pid());
                tree.addAll(children.getOrDefault(p.pid(), List.of()));
            }
            cpu.merge(name, ticks / TICKS_PER_SECOND, Double::sum);
            pss.merge(name, bytes, Long::sum);
        });
        return new Sample(cpu, machineBusySeconds(), pss, System.nanoTime());
    }

    /** Component name to root pid: the pid files, and the PostgreSQL server as "postgres" (its launcher as well). */
    private Map<String, Integer> components() {
        Map<String, Integer> roots = new TreeMap<>();
        try (Stream<Path> files = Files.list(pidDir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".pid")).forEach(f -> {
                String name = f.getFileName().toString().replaceFirst("\\.pid$", "");
                Integer pid = firstLineNumber(f);
                if (pid != null) roots.put(name, pid);
            });
        } catch (IOException e) {
            // no pid directory: no stack of ./omnidom here
        }
        Integer server = postmasterPid == null ? null : firstLineNumber(postmasterPid);
        if (server != null) {
            Integer launcher = roots.remove("postgres");
            roots.put("postgres", server);
            if (launcher != null) roots.put("postgres-launcher", launcher);
        }
        return roots;
    }

    private static Integer firstLineNumber(Path file) {
        try {
            String first = Files.readAllLines(file).stream().findFirst().orElse("").trim();
            return first.matches("\\d+") ? Integer.valueOf(first) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Map<Integer, Proc> processes() {
        Map<Integer, Proc> procs = new HashMap<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(dir -> {
                try {
                    String stat = Files.readString(dir.resolve("stat"));
                    // fields after the command, which may itself hold spaces and parentheses
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    int pid = Integer.parseInt(dir.getFileName().toString());
                    procs.put(pid, new Proc(pid, Integer.parseInt(f[1]),
                            Long.parseLong(f[11]) + Long.parseLong(f[12]), Long.parseLong(f[13]) + Long.parseLong(f[14])));
                } catch (IOException | RuntimeException gone) {
                    // the process ended while we looked
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc: the bench needs Linux", e);
        }
        return procs;
    }

    private static long pss(int pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Integer.toString(pid), "smaps_rollup"))) {
                if (line.startsWith("Pss:")) return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        } catch (IOException | RuntimeException gone) {
            // ended, or not ours to read
        }
        return 0;
    }

    /** Busy CPU seconds of the whole machine (all but idle and iowait), from /proc/stat. */
    private static double machineBusySeconds() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                if (i != 4 && i != 5) busy += Long.parseLong(f[i]);
            }
            return busy / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
