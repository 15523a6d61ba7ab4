package com.omnidom.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Omnidom's Prometheus rules (observability/prometheus): valid and unit-tested by promtool, every alert with a severity,
 * its texts and a runbook that exists, listed in docs/alerts.md, loaded by the compose stack, and k8s' PrometheusRule
 * (k8s/components/alerts) holding the very same groups. promtool comes with Debian's {@code prometheus} package: without
 * it the promtool checks are skipped on a developer's machine and fail in CI (the environment variable CI set), where
 * .ci/run installs it. {@code -Domnidom.alerts.write=true} rewrites the PrometheusRule from the rule file.
 */
class AlertRulesTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path RULES = ROOT.resolve("observability/prometheus/rules/omnidom.rules.yml");
    static final Path TESTS = ROOT.resolve("observability/prometheus/tests");
    static final Path COMPONENT = ROOT.resolve("k8s/components/alerts");
    static final Path PROMETHEUS_RULE = COMPONENT.resolve("prometheus-rule.yaml");
    static final Path RUNBOOKS = ROOT.resolve("docs/runbooks");

    @Test
    void promtoolFindsTheRulesValid() {
        Commands.Result check = promtool("check", "rules", RULES.toString());

        assertThat(check.exit()).as("promtool check rules:\n%s%s", check.out(), check.err()).isZero();
        assertThat(check.out()).contains("SUCCESS");
    }

    @Test
    void promtoolRefusesABrokenRule(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.yml");
        Files.writeString(broken, Files.readString(RULES).replace("expr: omnidom_dead_letters > 0",
                "expr: omnidom_dead_letters >"));

        assertThat(promtool("check", "rules", broken.toString()).exit()).isNotZero();
    }

    @Test
    void everyAlertFiresWhenItShouldAndStaysSilentOtherwise() throws IOException {
        List<String> command = new ArrayList<>(List.of("test", "rules"));
        try (Stream<Path> files = Files.list(TESTS)) {
            files.filter(f -> f.toString().endsWith(".test.yml")).sorted().map(Path::toString).forEach(command::add);
        }
        assertThat(command).hasSizeGreaterThan(2);

        Commands.Result test = promtool(command.toArray(String[]::new));

        assertThat(test.exit()).as("promtool test rules:\n%s%s", test.out(), test.err()).isZero();
        assertThat(test.out()).doesNotContain("FAILED").contains("SUCCESS");
    }

    @Test
    void everyAlertIsUnitTested() throws IOException {
        StringBuilder tests = new StringBuilder();
        try (Stream<Path> files = Files.list(TESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".test.yml")).toList()) {
                tests.append(Files.readString(file));
            }
        }
        assertThat(alerts()).allSatisfy(alert -> assertThat(tests.toString())
                .as("a promtool test of %s", alert.path("alert").asString())
                .contains("alertname: " + alert.path("alert").asString()));
    }

    @Test
    void everyAlertHasASeverityItsTextsAndARunbookThatExists() {
        assertThat(alerts()).hasSizeGreaterThanOrEqualTo(12).allSatisfy(alert -> {
            String name = alert.path("alert").asString();
            assertThat(name).startsWith("Omnidom");
            assertThat(alert.at("/labels/severity").asString()).as(name).isIn("critical", "warning");
            assertThat(alert.at("/annotations/summary").asString()).as(name).isNotBlank();
            assertThat(alert.at("/annotations/description").asString()).as(name + ": the value or the labels concerned")
                    .containsAnyOf("{{ $value", "{{ $labels.");
            assertThat(alert.at("/annotations/runbook_url").asString()).as(name)
                    .contains("$externalLabels.runbook_base").contains("docs/runbooks").endsWith("/" + name + ".md");
            assertThat(RUNBOOKS.resolve(name + ".md")).as(name + "'s runbook").isRegularFile();
        });
    }

    @Test
    void docsAlertsListsEveryAlertAndEveryRunbookBelongsToOne() throws IOException {
        String docs = Files.readString(ROOT.resolve("docs/alerts.md"));
        List<String> names = alerts().stream().map(a -> a.path("alert").asString()).distinct().toList();

        assertThat(names).allSatisfy(name -> assertThat(docs).contains("runbooks/" + name + ".md"));
        try (Stream<Path> runbooks = Files.list(RUNBOOKS)) {
            assertThat(runbooks.map(p -> p.getFileName().toString().replaceFirst("\\.md$", "")))
                    .allSatisfy(runbook -> assertThat(names).contains(runbook));
        }
    }

    /** docker-compose.yml mounts the rules where containers/compose/prometheus.yml's rule_files finds the file. */
    @Test
    void theComposeStacksPrometheusLoadsTheRules() throws IOException {
        JsonNode compose = Kustomize.YAML.readTree(ROOT.resolve("docker-compose.yml").toFile());
        String mount = StreamSupport.stream(compose.at("/services/prometheus/volumes").spliterator(), false)
                .map(JsonNode::asString).filter(v -> v.startsWith("./observability/prometheus/rules:")).findFirst()
                .orElseThrow(() -> new AssertionError("docker-compose.yml's prometheus does not mount observability/prometheus/rules"));
        String mountedAt = mount.split(":")[1];
        JsonNode config = Kustomize.YAML.readTree(ROOT.resolve("containers/compose/prometheus.yml").toFile());

        assertThat(config.path("rule_files")).anySatisfy(glob -> assertThat(FileSystems.getDefault()
                .getPathMatcher("glob:" + glob.asString()).matches(Path.of(mountedAt, RULES.getFileName().toString())))
                .as("%s matches the rule file mounted at %s", glob, mountedAt).isTrue());
    }

    @Test
    void theKubernetesComponentHoldsTheGroupsOfTheRuleFile() throws IOException {
        if (Boolean.getBoolean("omnidom.alerts.write")) Files.writeString(PROMETHEUS_RULE, prometheusRule());
        assertThat(PROMETHEUS_RULE).as("run with -Domnidom.alerts.write=true to write it").isRegularFile();
        JsonNode rule = Kustomize.YAML.readTree(PROMETHEUS_RULE.toFile());

        assertThat(rule.path("spec")).as("%s differs from the rule file: run deploy-tests with -Domnidom.alerts.write=true",
                ROOT.relativize(PROMETHEUS_RULE)).isEqualTo(Kustomize.YAML.readTree(RULES.toFile()));
    }

    /**
     * The component, added to the local overlay as k8s/README.md says, renders one valid PrometheusRule in omnidom
     * (Kustomize wants relative paths).
     */
    @Test
    void anOverlayWithTheComponentRendersAValidPrometheusRule(@TempDir Path dir) throws IOException {
        List<ObjectNode> rules = Kustomize.localOverlayWith(dir, "components/alerts").stream()
                .filter(o -> o.path("kind").asString().equals("PrometheusRule")).toList();

        assertThat(rules).singleElement().satisfies(rule -> {
            assertThat(rule.at("/metadata/namespace").asString()).isEqualTo("omnidom");
            assertThat(ApiSchemas.violations(rule)).isEmpty();
        });
    }

    /** The PrometheusRule: the rule file's groups, indented under spec (its comments kept), behind a header. */
    static String prometheusRule() throws IOException {
        List<String> lines = Files.readAllLines(RULES);
        int groups = lines.indexOf("groups:");
        StringBuilder yaml = new StringBuilder("""
                # GENERATED from observability/prometheus/rules/omnidom.rules.yml by deploy-tests' AlertRulesTest
                # (-Domnidom.alerts.write=true): edit that file, not this one.
                apiVersion: monitoring.coreos.com/v1
                kind: PrometheusRule
                metadata:
                  name: omnidom
                  namespace: omnidom
                  labels:
                    app.kubernetes.io/name: omnidom-alerts
                    app.kubernetes.io/part-of: omnidom
                spec:
                """);
        for (String line : lines.subList(groups, lines.size())) yaml.append(line.isEmpty() ? "" : "  " + line).append('\n');
        return yaml.toString();
    }

    private static List<JsonNode> alerts() {
        try {
            JsonNode file = Kustomize.YAML.readTree(RULES.toFile());
            List<JsonNode> alerts = new ArrayList<>();
            file.path("groups").forEach(g -> g.path("rules").forEach(r -> {
                if (r.has("alert")) alerts.add(r);
            }));
            return alerts;
        } catch (RuntimeException e) {
            throw new AssertionError("cannot read " + RULES, e);
        }
    }

    private static Commands.Result promtool(String... arguments) {
        Path promtool = promtoolPath().orElseGet(() -> {
            String why = "promtool is not on the PATH (Debian: apt-get install prometheus; or set PROMTOOL to its path)";
            if (System.getenv("CI") != null) fail(why + ": CI is set, and .ci/run installs it");
            abort(why + ": the promtool checks of the alert rules are skipped");
            return null;
        });
        List<String> command = new ArrayList<>(List.of(promtool.toString()));
        command.addAll(List.of(arguments));
        return Commands.run(command, "promtool at " + promtool + " cannot be run");
    }

    private static Optional<Path> promtoolPath() {
        String explicit = System.getenv("PROMTOOL");
        if (explicit != null && !explicit.isBlank()) return Optional.of(Path.of(explicit));
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).filter(s -> !s.isEmpty())
                .map(p -> Path.of(p, "promtool")).filter(Files::isExecutable).findFirst();
    }
}
