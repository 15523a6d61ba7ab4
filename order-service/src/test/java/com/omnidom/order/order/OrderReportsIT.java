package com.omnidom.order.order;

import com.omnidom.testsupport.Wire;
import com.omnidom.order.TestCatalog;
import com.omnidom.order.OrderTestClient;
import com.omnidom.order.order.application.OrderAgeGauges;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static com.omnidom.order.SampleOrders.aWebOrder;
import static com.omnidom.order.SampleOrders.customer;
import static com.omnidom.order.SampleOrders.withOneLine;
import static org.assertj.core.api.Assertions.assertThat;

/** Order search and the age report (REST and Prometheus gauges). */
@OmnidomServiceTest
class OrderReportsIT {

    /** Orders are checked against the catalog: the sample orders' articles, published as catalog-service would. */
    @BeforeEach
    void articlesInTheReplica(Wire wire, @Autowired JdbcTemplate jdbcTemplate) {
        TestCatalog.seed(wire, jdbcTemplate);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrderAgeGauges gauges;

    OrderTestClient client;
    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
        client = new OrderTestClient(http, jdbc);
    }

    @Test
    void findsOrdersByEmailChannelTimeAndLocationPaged() {
        ObjectNode web = aWebOrder("SR-WEB");
        customer(web).put("email", "Search.Me@example.com");
        ObjectNode pos = withOneLine(aWebOrder("SR-POS"), "A-5", 1, "5.00");
        pos.put("channel", "STORE_POS");
        customer(pos).put("email", "search.me@example.com");
        pos.putObject("delivery").put("mode", "PICKUP").put("pickupLocationId", "STORE-SR");
        String webId = client.place(web).get("id").asString();
        String posId = client.place(pos).get("id").asString();
        jdbc.update("UPDATE customer_order SET created_at = now() - interval '2 days' WHERE id = ?::uuid", webId);

        JsonNode byEmail = http.get("/api/v1/orders?email=SEARCH.ME@example.com").json();
        JsonNode byChannel = http.get("/api/v1/orders?email=search.me@example.com&channel=STORE_POS").json();
        JsonNode byLocation = http.get("/api/v1/orders?locationId=STORE-SR").json();
        Instant dayAgo = Instant.now().minus(1, ChronoUnit.DAYS);
        JsonNode older = http.get("/api/v1/orders?email=search.me@example.com&to=" + dayAgo).json();
        JsonNode newer = http.get("/api/v1/orders?email=search.me@example.com&from=" + dayAgo + "&size=1&page=0").json();

        assertThat(ids(byEmail)).containsExactly(posId, webId);
        assertThat(ids(byChannel)).containsExactly(posId);
        assertThat(ids(byLocation)).containsExactly(posId);
        assertThat(byLocation.at("/items/0/locationId").asString()).isEqualTo("STORE-SR");
        assertThat(ids(older)).containsExactly(webId);
        assertThat(ids(newer)).containsExactly(posId);
        assertThat(newer.get("totalItems").asLong()).isEqualTo(1);
        assertThat(http.get("/api/v1/orders?from=yesterday").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/orders?channel=FAX").status()).isEqualTo(400);
    }

    @Test
    void theAgeReportCountsOpenOrdersPerBucketAndListsTheStuckOnes() {
        // other tests of this class place orders too: compare with the report before
        JsonNode before = http.get("/api/v1/reports/order-age").json();
        String fresh = client.place(aWebOrder("AGE-FRESH")).get("id").asString();
        String hours = client.place(aWebOrder("AGE-2H")).get("id").asString();
        String days = client.place(aWebOrder("AGE-5D")).get("id").asString();
        ObjectNode held = withOneLine(aWebOrder("AGE-HELD"), "A-1", 40, "1.00");
        String heldId = client.place(held).get("id").asString();
        ObjectNode pos = withOneLine(aWebOrder("AGE-POS"), "A-5", 1, "5.00");
        pos.put("channel", "STORE_POS");
        pos.putObject("delivery").put("mode", "PICKUP").put("pickupLocationId", "STORE-AGE");
        client.place(pos);
        String cancelled = client.place(aWebOrder("AGE-CANCELLED")).get("id").asString();
        http.post("/api/v1/orders/" + cancelled + "/cancellation", java.util.Map.of("reason", "r", "cancelledBy", "a"));
        age(hours, "2 hours");
        age(days, "5 days");
        age(heldId, "5 hours");

        JsonNode report = http.get("/api/v1/reports/order-age").json();

        assertThat(added(before, report, "byStatus", "ACCEPTED", "<1h")).isEqualTo(2);
        assertThat(added(before, report, "byStatus", "ACCEPTED", "1-4h")).isEqualTo(1);
        assertThat(added(before, report, "byStatus", "ACCEPTED", ">3d")).isEqualTo(1);
        assertThat(added(before, report, "byStatus", "ACCEPTED", null)).isEqualTo(4);
        assertThat(added(before, report, "byStatus", "HELD", "4-24h")).isEqualTo(1);
        assertThat(report.get("byStatus").valueStream().map(r -> r.get("key").asString())).doesNotContain("CANCELLED");
        assertThat(added(before, report, "byChannel", "STORE_POS", null)).isEqualTo(1);
        assertThat(added(before, report, "byChannel", "WEB_SHOP", null)).isEqualTo(4);
        assertThat(added(before, report, "byLocation", "STORE-AGE", null)).isEqualTo(1);
        // stuck: ACCEPTED longer than 1 h, HELD longer than 4 h; longest first
        List<String> ours = List.of(fresh, hours, days, heldId);
        assertThat(report.get("stuck").valueStream().map(s -> s.get("id").asString()).filter(ours::contains).toList())
                .containsExactly(days, heldId, hours);
        assertThat(report.at("/stuck/0/threshold").asString()).isEqualTo("PT1H");
        assertFresh(report, fresh);

        gauges.refresh();
        String prometheus = http.get("/actuator/prometheus").text();
        assertThat(prometheus).contains("omnidom_orders_open{age=\"1-4h\",channel=\"WEB_SHOP\",status=\"ACCEPTED\"} 1.0");
        assertThat(prometheus).contains("omnidom_orders_open{age=\">3d\",channel=\"WEB_SHOP\",status=\"ACCEPTED\"} 1.0");
        assertThat(prometheus).contains("omnidom_orders_open{age=\"4-24h\",channel=\"WEB_SHOP\",status=\"HELD\"} 1.0");
        assertThat(prometheus).contains("omnidom_orders_stuck{status=\"ACCEPTED\"} 2.0");
        assertThat(prometheus).contains("omnidom_orders_stuck{status=\"HELD\"} 1.0");
        assertThat(prometheus).contains("omnidom_orders_open_by_location{location=\"STORE-AGE\"} 1.0");
    }

    /** How many more orders a row's bucket (or total, with a null bucket) counts now than before. */
    private static long added(JsonNode before, JsonNode after, String group, String key, String bucket) {
        return count(after.get(group), key, bucket) - count(before.get(group), key, bucket);
    }

    private static long count(JsonNode rows, String key, String bucket) {
        return rows.valueStream().filter(r -> r.get("key").asString().equals(key)).findFirst()
                .map(r -> bucket == null ? r.get("total").asLong() : r.get("counts").get(bucket).asLong()).orElse(0L);
    }

    private void assertFresh(JsonNode report, String fresh) {
        assertThat(report.get("stuck").valueStream().map(s -> s.get("id").asString())).doesNotContain(fresh);
    }

    private void age(String id, String interval) {
        jdbc.update("UPDATE customer_order SET created_at = now() - CAST(? AS interval), status_since = now() - CAST(? AS interval) "
                + "WHERE id = ?::uuid", interval, interval, id);
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(i -> i.get("id").asString()).toList();
    }
}
