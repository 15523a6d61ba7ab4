package com.omnidom.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The run's table: each fault, when (seconds after the traffic began), the orders in flight at that moment, how long
 * the injection took and the time to recover; then the totals, every broken invariant and the services that ended by
 * themselves. Printed and written to
 * target/fault-injection-report.md.
 */
final class FaultReport {

    static final Path FILE = Cluster.ROOT.resolve("system-tests/target/fault-injection-report.md");

    private FaultReport() {
    }

    static String render(String setup, Instant trafficStart, List<FaultPlan.Outcome> outcomes, Checker.Findings findings,
                         List<String> supervisorRestarts) {
        var out = new StringBuilder("# Fault-injection run\n\n").append(setup).append("\n\n");
        out.append("| # | fault | at (s) | orders in flight | injection (s) | recovered after (s) |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (FaultPlan.Outcome o : outcomes) {
            out.append("| ").append(o.number()).append(" | ").append(o.name()).append(" | ")
                    .append(o.injectedAt() == null ? "-" : seconds(Duration.between(trafficStart, o.injectedAt()))).append(" | ")
                    .append(o.inFlight() < 0 ? "?" : o.inFlight()).append(" | ")
                    .append(o.injection() == null ? "-" : seconds(o.injection())).append(" | ")
                    .append(o.recovered() ? seconds(o.recovery()) : "**not recovered: " + o.failure() + "**").append(" |\n");
        }
        out.append("\n| total | |\n|---|---|\n");
        for (Map.Entry<String, Object> total : findings.totals().entrySet()) {
            out.append("| ").append(total.getKey()).append(" | ").append(total.getValue()).append(" |\n");
        }
        out.append("\n## Broken invariants (").append(findings.violations().size()).append(")\n\n");
        summary(findings.violations()).forEach((invariant, count) -> out.append("- ").append(count).append(" × ")
                .append(invariant).append('\n'));
        if (!findings.violations().isEmpty()) out.append("\nEach:\n\n");
        if (findings.violations().isEmpty()) out.append("none\n");
        findings.violations().forEach(v -> out.append("- ").append(v).append('\n'));
        if (!supervisorRestarts.isEmpty()) {
            out.append("\n## Services that ended by themselves (started again by the run, as an orchestrator would)\n\n");
            supervisorRestarts.forEach(r -> out.append("- ").append(r).append('\n'));
        }
        if (!findings.deadLetters().isEmpty()) {
            out.append("\n## Dead letters\n\n");
            findings.deadLetters().forEach(d -> out.append("- ").append(d).append('\n'));
        }
        return out.toString();
    }

    /** How often each invariant broke: the text of a violation up to its first colon names the invariant. */
    static Map<String, Long> summary(List<String> violations) {
        return violations.stream().collect(java.util.stream.Collectors.groupingBy(v -> v.contains(":") ? v.substring(0, v.indexOf(':')) : v,
                java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }

    static void write(String report) throws IOException {
        Files.createDirectories(FILE.getParent());
        Files.writeString(FILE, report);
    }

    private static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }
}
