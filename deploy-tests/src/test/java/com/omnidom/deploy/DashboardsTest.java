package com.omnidom.deploy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Omnidom's Grafana dashboards (observability/grafana): the committed JSON is what the foundation SDK builds and valid
 * against Grafana's dashboard schema (generate.mjs --check), every query fits Prometheus' histograms and the
 * dashboards' variables, and compose and k8s provision exactly these files. That every query returns data from a real
 * Prometheus is system-tests' ObservabilitySystemIT. {@code -Ddashboards.skip} leaves out the Node.js check.
 */
class DashboardsTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path GRAFANA = ROOT.resolve("observability/grafana");
    static final Path DASHBOARDS = GRAFANA.resolve("dashboards");
    private static final JsonMapper JSON = new JsonMapper();
    /** Grafana's variables the queries may use: the time range's and the dashboard's own. */
    private static final Set<String> GRAFANA_VARIABLES = Set.of("__rate_interval", "__interval", "__range");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?(\\w+)");
    private static final Pattern QUANTILE = Pattern.compile("histogram_quantile\\(([^,]+), (.*)\\)$");
    /** A quantile over the sum by le of the rate of the buckets: instances are added up before the quantile is taken. */
    private static final Pattern AGGREGATED_BUCKETS = Pattern.compile(
            "^sum by \\(le(, \\w+)*\\) \\(rate\\(\\w+_bucket(\\{[^}]*})?\\[\\$__rate_interval]\\)\\)$");

    @Test
    void committedDashboardsAreWhatTheSdkBuildsAndValidAgainstGrafanasSchema() {
        if (Boolean.getBoolean("dashboards.skip")) return;
        assertThat(GRAFANA.resolve("node_modules")).as("observability/grafana has no node_modules: the Maven build runs "
                + "`npm ci` there before the tests (or run `npm ci --prefix observability/grafana`); -Ddashboards.skip "
                + "leaves this check out").isDirectory();
        Commands.Result result = Commands.run(List.of("node", GRAFANA.resolve("generate.mjs").toString(), "--check"),
                "node is not on the PATH: observability/grafana/generate.mjs checks the dashboards (Node.js 20+); "
                        + "-Ddashboards.skip leaves this check out");
        assertThat(result.exit()).as("generate.mjs --check:%n%s%s", result.err(), result.out()).isZero();
    }

    @Test
    void everyPanelQueriesTheDashboardsPrometheusWithAggregatedHistogramsAndKnownVariables() throws IOException {
        Map<String, JsonNode> dashboards = dashboards();
        assertThat(dashboards).containsOnlyKeys("overview.json", "event-flow.json", "routing.json",
                "stores-and-partners.json", "money.json", "order-age.json");
        List<String> wrong = new ArrayList<>();
        Set<String> uids = new HashSet<>();
        dashboards.forEach((file, dashboard) -> {
            if (!uids.add(dashboard.path("uid").asString())) wrong.add(file + ": uid used twice");
            Set<String> variables = new HashSet<>(GRAFANA_VARIABLES);
            dashboard.at("/templating/list").forEach(v -> variables.add(v.path("name").asString()));
            JsonNode datasource = variable(dashboard, "datasource");
            if (datasource == null || !datasource.path("query").asString().equals("prometheus")) {
                wrong.add(file + ": no datasource variable of type prometheus");
            }
            for (JsonNode panel : panels(dashboard)) {
                String where = file + " / " + panel.path("title").asString();
                if (!panel.at("/datasource/uid").asString().equals("${datasource}")) wrong.add(where + ": not on ${datasource}");
                if (panel.path("targets").isEmpty()) wrong.add(where + ": no query");
                panel.path("targets").forEach(target -> {
                    String expr = target.path("expr").asString();
                    if (!target.at("/datasource/uid").asString().equals("${datasource}")) wrong.add(where + ": a query not on ${datasource}");
                    Matcher variable = VARIABLE.matcher(expr);
                    while (variable.find()) {
                        if (!variables.contains(variable.group(1))) wrong.add(where + ": unknown variable $" + variable.group(1));
                    }
                    // client-side percentiles cannot be added up across instances: quantiles come from the buckets
                    if (expr.contains("quantile=")) wrong.add(where + ": a client-side percentile: " + expr);
                    Matcher quantile = QUANTILE.matcher(expr);
                    if (expr.contains("histogram_quantile")
                            && (!quantile.find() || !AGGREGATED_BUCKETS.matcher(quantile.group(2)).matches())) {
                        wrong.add(where + ": histogram_quantile not over sum by (le) of rate(..._bucket[$__rate_interval]): " + expr);
                    }
                });
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void composeProvisionsTheDashboardFilesAndItsPrometheusForGrafana() throws IOException {
        JsonNode compose = Kustomize.YAML.readTree(Files.readString(ROOT.resolve("docker-compose.yml")));
        JsonNode grafana = compose.at("/services/grafana");
        assertThat(grafana.path("image").asString()).startsWith("${GRAFANA_IMAGE:-grafana/grafana:");
        JsonNode environment = grafana.path("environment");
        assertThat(environment.path("GF_AUTH_ANONYMOUS_ENABLED").asString()).isEqualTo("false");
        assertThat(environment.path("GF_SECURITY_ADMIN_PASSWORD").asString()).startsWith("${GRAFANA_ADMIN_PASSWORD");
        assertThat(grafana.at("/healthcheck/test/1").asString()).contains("/api/health");
        Map<String, String> mounts = new LinkedHashMap<>();
        grafana.path("volumes").forEach(v -> {
            String[] parts = v.asString().split(":");
            mounts.put(parts[1], parts[0]);
        });

        JsonNode provider = Kustomize.YAML.readTree(Files.readString(
                ROOT.resolve(mounts.get("/etc/grafana/provisioning/dashboards").replaceFirst("^\\./", "")).resolve("omnidom.yml")));
        String path = provider.at("/providers/0/options/path").asString();
        assertThat(mounts.get(path)).as("the dashboards' folder mounted where the provider reads").isEqualTo("./observability/grafana/dashboards");

        JsonNode datasources = Kustomize.YAML.readTree(Files.readString(
                ROOT.resolve(mounts.get("/etc/grafana/provisioning/datasources").replaceFirst("^\\./", "")).resolve("prometheus.yml")));
        JsonNode prometheus = datasources.at("/datasources/0");
        assertThat(prometheus.path("type").asString()).isEqualTo("prometheus");
        assertThat(prometheus.path("isDefault").asBoolean()).as("the dashboards' datasource variable picks the default").isTrue();
        assertThat(prometheus.path("url").asString()).isEqualTo("http://prometheus:"
                + compose.at("/services/prometheus/ports/0").asString().replaceFirst(".*:", ""));
    }

    @Test
    void theDashboardsComponentHasEveryDashboardAsAConfigMapForGrafanasSidecar() throws IOException {
        // the local overlay with the component, as k8s/README.md says to enable it
        Path overlay = Path.of("target", "dashboards-overlay").toAbsolutePath();
        List<ObjectNode> configMaps = Kustomize.localOverlayWith(overlay, "components/dashboards").stream()
                .filter(c -> c.path("kind").asString().equals("ConfigMap"))
                .filter(c -> c.at("/metadata/labels/grafana_dashboard").asString().equals("1")).toList();
        assertThat(ApiSchemas.violations(configMaps)).isEmpty();

        Map<String, JsonNode> inConfigMaps = new LinkedHashMap<>();
        for (ObjectNode configMap : configMaps) {
            assertThat(configMap.at("/metadata/namespace").asString()).isEqualTo("omnidom");
            configMap.path("data").properties().forEach(e -> inConfigMaps.put(e.getKey(), JSON.readTree(e.getValue().asString())));
        }
        assertThat(inConfigMaps).isEqualTo(dashboards());
    }

    static Map<String, JsonNode> dashboards() throws IOException {
        Map<String, JsonNode> dashboards = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            for (Path file : files.sorted().toList()) dashboards.put(file.getFileName().toString(), JSON.readTree(Files.readString(file)));
        }
        return dashboards;
    }

    /** The panels of a dashboard, those of its rows too, without the rows. */
    private static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> {
            if (!panel.path("type").asString().equals("row")) panels.add(panel);
            panel.path("panels").forEach(panels::add);
        });
        return panels;
    }

    private static JsonNode variable(JsonNode dashboard, String name) {
        for (JsonNode variable : dashboard.at("/templating/list")) {
            if (variable.path("name").asString().equals(name)) return variable;
        }
        return null;
    }
}
