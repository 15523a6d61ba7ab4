package com.omnidom.systemtests;

import com.omnidom.testsupport.Http;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 12, "proven on a real Prometheus": after the other scenarios have driven the compose stack, and a little more
 * traffic of its own (orders shipped to home and collected in a store, one left open), every query of every panel of every dashboard
 * in observability/grafana/dashboards returns data from the stack's Prometheus, its Grafana variables replaced as
 * Grafana would (the time range: since the services started). The failure lists every panel query that returned
 * nothing. When Grafana runs too (its image is present), it has provisioned every dashboard.
 */
// after the scenario classes (junit-platform.properties orders by @Order; unannotated classes run before): their
// orders, returns, cancellations and reviews are what most panels show
@Order(Integer.MAX_VALUE - 1)
@ExtendWith(RunningSystem.class)
class ObservabilitySystemIT {

    static final Path DASHBOARDS = Cluster.ROOT.resolve("observability/grafana/dashboards");
    private static final int SHIPPED = 8;
    private static final int COLLECTED = 4;
    /**
     * Prometheus scrapes every 5 s (containers/compose/prometheus.yml), order-service recounts its age report every
     * 30 s: time for both to see the last traffic.
     */
    private static final Duration SCRAPED = Duration.ofSeconds(90);

    private final TheSystem system;

    ObservabilitySystemIT(TheSystem system) {
        this.system = system;
    }

    /** One query of a panel: where it is and its PromQL as the dashboard has it. */
    record PanelQuery(String dashboard, String panel, String refId, String expr) {

        @Override
        public String toString() {
            return dashboard + " / " + panel + " [" + refId + "]: " + expr;
        }
    }

    @Test
    void everyPanelOfEveryDashboardShowsDataFromThePrometheusOfTheStack() throws Exception {
        assumeTrue(system.cluster() instanceof ComposeCluster, "no Prometheus: the services run as processes");
        ComposeCluster cluster = (ComposeCluster) system.cluster();
        List<PanelQuery> queries = panelQueries();
        assertThat(queries).as("panel queries in %s", DASHBOARDS).isNotEmpty();

        playTraffic();

        Http prometheus = new Http(cluster.port("prometheus"));
        // the dashboards' time range: since the first service started, and a minute before
        String range = await().atMost(TheSystem.PATIENCE).until(() -> sinceStart(prometheus), r -> r != null);
        await().atMost(SCRAPED).untilAsserted(() -> {
            List<String> empty = new ArrayList<>();
            for (PanelQuery query : queries) {
                if (!hasData(prometheus, substitute(query.expr(), range))) empty.add(query.toString());
            }
            assertThat(empty).as("panel queries that returned no data from Prometheus (range %s), %d of %d",
                    range, empty.size(), queries.size()).isEmpty();
        });
    }

    @Test
    void grafanaProvisionsEveryDashboardOnThePrometheusOfTheStack() throws IOException {
        assumeTrue(system.cluster() instanceof ComposeCluster compose && compose.runs("grafana"),
                "no Grafana: the services run as processes, or its image is not on this machine");
        ComposeCluster cluster = (ComposeCluster) system.cluster();
        Http grafana = new Http(cluster.port("grafana"));
        Map<String, String> admin = Map.of("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + ComposeCluster.GRAFANA_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        List<String> uids = new ArrayList<>();
        for (Path file : dashboardFiles()) uids.add(Http.JSON.readTree(Files.readString(file)).get("uid").asString());

        // anonymous viewers are turned away
        assertThat(grafana.get("/api/search").status()).isEqualTo(401);
        await().atMost(TheSystem.PATIENCE).untilAsserted(() -> {
            Http.Response found = grafana.exchange(HttpMethod.GET, "/api/search?type=dash-db", null, null, admin);
            assertThat(found.status()).as(found.text()).isEqualTo(200);
            List<String> provisioned = new ArrayList<>();
            found.json().forEach(d -> provisioned.add(d.get("uid").asString()));
            assertThat(provisioned).containsAll(uids);
        });
        Http.Response datasource = grafana.exchange(HttpMethod.GET, "/api/datasources/uid/prometheus/health", null, null, admin);
        assertThat(datasource.status()).as(datasource.text()).isEqualTo(200);
    }

    /** Every target of every panel (rows' collapsed panels too) of every dashboard file. */
    static List<PanelQuery> panelQueries() throws IOException {
        List<PanelQuery> queries = new ArrayList<>();
        for (Path file : dashboardFiles()) {
            JsonNode dashboard = Http.JSON.readTree(Files.readString(file));
            List<JsonNode> panels = new ArrayList<>();
            dashboard.path("panels").forEach(panel -> {
                panels.add(panel);
                panel.path("panels").forEach(panels::add);
            });
            for (JsonNode panel : panels) {
                panel.path("targets").forEach(target -> queries.add(new PanelQuery(dashboard.get("title").asString(),
                        panel.path("title").asString(), target.path("refId").asString(), target.path("expr").asString())));
            }
        }
        return queries;
    }

    static List<Path> dashboardFiles() throws IOException {
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    /**
     * The expression as Grafana sends it over {@code range}: the rate window, interval and range all the whole range
     * (one point per series; a panel with data anywhere in the range has it here), every service selected.
     */
    static String substitute(String expr, String range) {
        String substituted = expr.replace("$__rate_interval", range).replace("$__interval", range)
                .replace("$__range", range).replace("${service}", ".*").replace("$service", ".*");
        assertThat(substituted).as("a Grafana variable the test does not replace in %s", expr).doesNotContain("$");
        return substituted;
    }

    /** Seconds since the first scraped service started, plus a minute, as a PromQL range ("123s"). */
    private static String sinceStart(Http prometheus) {
        JsonNode result = query(prometheus, "time() - min(process_start_time_seconds)");
        if (result.isEmpty()) return null;
        return (long) Math.ceil(Double.parseDouble(result.get(0).get("value").get(1).asString())) + 60 + "s";
    }

    /** At least one series with a number (not NaN: a quantile over no observations is NaN). */
    private static boolean hasData(Http prometheus, String expr) {
        for (JsonNode series : query(prometheus, expr)) {
            String value = series.get("value").get(1).asString();
            if (!value.equals("NaN")) return true;
        }
        return false;
    }

    /** The result of an instant query (the alert test uses it too). */
    static JsonNode query(Http prometheus, String expr) {
        // a form, not the URL: PromQL's braces would be taken for URI template variables
        Http.Response response = prometheus.exchange(HttpMethod.POST, "/api/v1/query",
                "query=" + URLEncoder.encode(expr, StandardCharsets.UTF_8), MediaType.APPLICATION_FORM_URLENCODED);
        assertThat(response.status()).as("%s: %s", expr, response.text()).isEqualTo(200);
        return response.json().get("data").get("result");
    }

    /**
     * Some fresh traffic on top of the scenarios': orders shipped to home from the warehouse and collected in a
     * store, each through to its capture, so that the rates over the last minutes are not all zero.
     */
    private void playTraffic() throws Exception {
        String sku = system.newArticle("SKU-OBS-", "10.00");
        for (String location : List.of(Retailer.WAREHOUSE_BERLIN, Retailer.STORE_HAMBURG)) {
            assertThat(system.inventory.put("/api/v1/stock/" + location + "/" + sku, Map.of("onHand", 100)).status()).isIn(200, 201);
        }
        Map<String, String> shipped = new LinkedHashMap<>();
        Map<String, String> collected = new LinkedHashMap<>();
        for (int i = 0; i < SHIPPED; i++) {
            shipped.put(system.placeOrder(Retailer.shipToBerlin("obs-" + i + "-" + UUID.randomUUID() + "@example.com", "en",
                    List.of(Retailer.line(sku, 1, "10.00")), 100 + i)), null);
        }
        for (int i = 0; i < COLLECTED; i++) {
            collected.put(system.placeOrder(Retailer.pickupAt(Retailer.STORE_HAMBURG, "obs-pickup-" + i + "-" + UUID.randomUUID()
                    + "@example.com", List.of(Retailer.line(sku, 1, "10.00")))), null);
        }
        shipped.replaceAll((orderId, none) -> system.awaitFulfillments(orderId, 1).getFirst().get("fulfillmentId").asString());
        collected.replaceAll((orderId, none) -> system.awaitFulfillments(orderId, 1).getFirst().get("fulfillmentId").asString());
        shipped.values().forEach(system::ship);
        Http store = system.fulfilmentAt(Retailer.STORE_HAMBURG);
        for (String fulfillmentId : collected.values()) {
            system.awaitFulfillmentStatus(fulfillmentId, "ALLOCATED");
            assertThat(store.post("/api/v1/fulfillments/" + fulfillmentId + "/ready-for-pickup", Map.of()).status()).isEqualTo(200);
            assertThat(store.post("/api/v1/fulfillments/" + fulfillmentId + "/picked-up", Map.of("identityCheck", "ID card"))
                    .status()).isEqualTo(200);
        }
        Stream.concat(shipped.keySet().stream(), collected.keySet().stream())
                .forEach(orderId -> system.awaitOrderStatus(orderId, "COMPLETED"));
        // and one left open at the warehouse: the age report's open orders by location count only open ones
        String open = system.placeOrder(Retailer.shipToBerlin("obs-open-" + UUID.randomUUID() + "@example.com", "en",
                List.of(Retailer.line(sku, 1, "10.00")), 100 + SHIPPED));
        system.awaitFulfillmentStatus(system.awaitFulfillments(open, 1).getFirst().get("fulfillmentId").asString(), "ALLOCATED");
    }
}
