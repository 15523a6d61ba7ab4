package com.omnidom.inventory.stock;

import com.omnidom.events.CloudEventHeaders;
import com.omnidom.events.Topics;
import com.omnidom.inventory.AvailabilityTopic;
import com.omnidom.inventory.allocation.application.AllocationOutcome;
import com.omnidom.inventory.allocation.application.StockAllocation;
import com.omnidom.inventory.allocation.domain.AllocationLine;
import com.omnidom.inventory.allocation.domain.FulfillmentId;
import com.omnidom.inventory.allocation.domain.FulfillmentOrder;
import com.omnidom.inventory.stock.domain.LocationId;
import com.omnidom.inventory.Assignments;
import com.omnidom.platform.inbox.Inbox;
import com.omnidom.testsupport.CommittedOpenApi;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@OmnidomServiceTest
@TestPropertySource(properties = "omnidom.inventory.imports.chunk-size=3")
class StockApiIT {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StockAllocation allocation;

    @Autowired
    Inbox inbox;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void setsOnHandAndPublishesEachChangeOfAvailability() {
        Http.Response created = http.put("/api/v1/stock/WH-1/A-1", onHand(25));
        Http.Response same = http.put("/api/v1/stock/WH-1/A-1", onHand(25));
        Http.Response changed = http.put("/api/v1/stock/WH-1/A-1", onHand(30));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().getLocation()).hasToString("/api/v1/stock/WH-1/A-1");
        assertThat(created.json()).isEqualTo(Http.JSON.readTree(
                "{\"sku\":\"A-1\",\"locationId\":\"WH-1\",\"onHand\":25,\"allocated\":0,\"available\":25,\"version\":0,"
                        + "\"blocked\":0,\"reserved\":0,\"safetyStock\":0,\"unlimited\":false,\"pooled\":false}"));
        assertThat(same.status()).isEqualTo(200);
        assertThat(same.json().get("version").asLong()).isZero();
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("version").asLong()).isEqualTo(1);
        assertThat(http.get("/api/v1/stock/WH-1/A-1").json()).isEqualTo(changed.json());

        ConsumerRecord<String, byte[]> latest = TopicProbe.read(bootstrap, Topics.INVENTORY_AVAILABILITY.name(), List.of("A-1@WH-1"),
                java.time.Duration.ofSeconds(30), seen -> !seen.isEmpty()
                        && Http.JSON.readTree(seen.getLast().value()).get("version").asLong() == 1).getLast();
        assertThat(TopicProbe.header(latest, CloudEventHeaders.TYPE)).isEqualTo("omnidom.inventory.availability-changed.v1");
        assertThat(TopicProbe.header(latest, CloudEventHeaders.SUBJECT)).isEqualTo("A-1@WH-1");
        assertThat(TopicProbe.header(latest, CloudEventHeaders.SOURCE)).isEqualTo("/omnidom/inventory-service");
        JsonNode body = Http.JSON.readTree(latest.value());
        assertThat(body.get("sku").asString()).isEqualTo("A-1");
        assertThat(body.get("locationId").asString()).isEqualTo("WH-1");
        assertThat(body.get("onHand").asInt()).isEqualTo(30);
        assertThat(body.get("available").asInt()).isEqualTo(30);
        assertThat(body.get("version").asLong()).isEqualTo(1);
        assertThat(outboxRows("A-1@WH-1")).as("one or two events: changes within the window are coalesced").isBetween(1L, 2L);
    }

    @Test
    void refusesOnHandBelowWhatIsAllocated() {
        http.put("/api/v1/stock/WH-1/B-1", onHand(10));
        assertThat(allocate("WH-1", "B-1", 6)).isEqualTo(AllocationOutcome.ALLOCATED);

        Http.Response refused = http.put("/api/v1/stock/WH-1/B-1", onHand(5));
        Http.Response accepted = http.put("/api/v1/stock/WH-1/B-1", onHand(6));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("6 units allocated");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("available").asInt()).isZero();
        assertThat(accepted.json().get("version").asLong()).isEqualTo(2);
        assertThat(AvailabilityTopic.latest(bootstrap, "B-1@WH-1", e -> e.get("version").asLong() == 2).get("available").asInt()).isZero();
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndWritesNothing() {
        Http.Response negative = http.put("/api/v1/stock/WH-1/C-1", onHand(-1));
        Http.Response missing = http.put("/api/v1/stock/WH-1/C-1", Map.of());
        Http.Response badSku = http.put("/api/v1/stock/WH-1/C!1", onHand(1));
        Http.Response notJson = http.exchange(HttpMethod.PUT, "/api/v1/stock/WH-1/C-1", "{\"onHand\":", MediaType.APPLICATION_JSON);

        assertThat(negative.status()).isEqualTo(400);
        assertThat(fields(negative)).containsExactly("onHand");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).containsExactly("onHand");
        assertThat(badSku.status()).isEqualTo(422);
        assertThat(fields(badSku)).containsExactly("sku");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM stock WHERE location_id = 'WH-1' AND sku LIKE 'C%'", Long.class)).isZero();
        assertThat(http.get("/api/v1/stock/WH-1/NOTHING").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/stock?size=201").status()).isEqualTo(400);
    }

    @Test
    void listsStockFilteredAndPaged() {
        http.put("/api/v1/stock/LST-1/L-A", onHand(1));
        http.put("/api/v1/stock/LST-2/L-A", onHand(2));
        http.put("/api/v1/stock/LST-1/L-B", onHand(3));

        assertThat(keys(http.get("/api/v1/stock?locationId=LST-1").json())).containsExactly("L-A@LST-1", "L-B@LST-1");
        assertThat(keys(http.get("/api/v1/stock?sku=L-A").json())).containsExactly("L-A@LST-1", "L-A@LST-2");
        assertThat(keys(http.get("/api/v1/stock?sku=L-A&locationId=LST-2").json())).containsExactly("L-A@LST-2");
        JsonNode page = http.get("/api/v1/stock?locationId=LST-1&size=1&page=1").json();
        assertThat(keys(page)).containsExactly("L-B@LST-1");
        assertThat(page.get("totalItems").asLong()).isEqualTo(2);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(http.get("/api/v1/stock?sku=bad!sku").status()).isEqualTo(422);
    }

    @Test
    void importKeepsTheValidRowsAndReportsTheOthersByLineNumber() {
        http.put("/api/v1/stock/IMP-1/I-HELD", onHand(5));
        allocate("IMP-1", "I-HELD", 4);
        String file = String.join("\n",
                "{\"locationId\":\"IMP-1\",\"sku\":\"I-1\",\"onHand\":100}",
                "{\"locationId\":\"IMP-1\",\"sku\":\"I-2\",\"onHand\":-5}",
                "",
                "{oops",
                "{\"locationId\":\"IMP-1\",\"onHand\":3}",
                "{\"locationId\":\"IMP-1\",\"sku\":\"I-3\",\"onHand\":7}",
                "{\"locationId\":\"IMP-1\",\"sku\":\"I-1\",\"onHand\":90}",
                "{\"locationId\":\"IMP-1\",\"sku\":\"I-HELD\",\"onHand\":1}",
                "{\"locationId\":\"IMP-1\",\"sku\":\"I-4\",\"onHand\":0}",
                "{\"locationId\":\"IMP-1\",\"sku\":\"I-5\",\"onHand\":5}") + "\n";

        Http.Response report = http.exchange(HttpMethod.POST, "/api/v1/stock/imports", file, NDJSON);

        assertThat(report.status()).isEqualTo(200);
        JsonNode json = report.json();
        assertThat(json.get("rows").asLong()).isEqualTo(9);
        assertThat(json.get("accepted").asLong()).isEqualTo(5);
        assertThat(json.get("rejected").asLong()).isEqualTo(4);
        assertThat(json.get("errors").valueStream().map(e -> e.get("row").asLong() + ":" + field(e)).toList())
                .containsExactly("2:onHand", "4:-", "5:sku", "8:onHand");
        assertThat(onHandOf("IMP-1", "I-1")).isEqualTo(90);
        assertThat(onHandOf("IMP-1", "I-3")).isEqualTo(7);
        assertThat(onHandOf("IMP-1", "I-4")).isZero();
        assertThat(onHandOf("IMP-1", "I-5")).isEqualTo(5);
        assertThat(onHandOf("IMP-1", "I-HELD")).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM stock WHERE sku = 'I-2'", Long.class)).isZero();
        long version = jdbc.queryForObject("SELECT version FROM stock WHERE sku = 'I-1'", Long.class);
        assertThat(version).as("a key repeated in the file is written once, the last row winning").isZero();

        Http.Response again = http.exchange(HttpMethod.POST, "/api/v1/stock/imports", file, NDJSON);
        assertThat(again.json().get("accepted").asLong()).isEqualTo(5);
        assertThat(again.json().get("replayed").asBoolean()).isTrue();
        assertThat(again.json().get("importId")).isEqualTo(json.get("importId"));
        assertThat(jdbc.queryForObject("SELECT version FROM stock WHERE sku = 'I-1'", Long.class)).isEqualTo(version);
    }

    @Test
    void importNeedsNdjson() {
        Http.Response refused = http.exchange(HttpMethod.POST, "/api/v1/stock/imports", "{}", MediaType.APPLICATION_JSON);

        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void publishesTheCommittedOpenApiDocument() throws Exception {
        Http.Response docs = http.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode live = docs.json();
        assertThat(live.at("/paths/~1api~1v1~1stock~1{locationId}~1{sku}/put/summary").asString()).isEqualTo("Set the units on hand");
        assertThat(live.at("/paths/~1api~1v1~1stock~1imports/post/requestBody/content").has("application/x-ndjson")).isTrue();

        CommittedOpenApi.assertMatches(live);
        assertThat(http.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    private AllocationOutcome allocate(String location, String sku, int quantity) {
        return Assignments.assign(inbox, allocation, new FulfillmentOrder(UUID.randomUUID(),
                new FulfillmentId(UUID.randomUUID()), new LocationId(location), List.of(new AllocationLine("1", sku, quantity))));
    }

    private static Map<String, Object> onHand(int units) {
        return Map.of("onHand", units);
    }

    private int onHandOf(String location, String sku) {
        return jdbc.queryForObject("SELECT on_hand FROM stock WHERE location_id = ? AND sku = ?", Integer.class, location, sku);
    }

    private long outboxRows(String key) {
        return jdbc.queryForObject("SELECT count(*) FROM outbox WHERE aggregatetype = ? AND aggregateid = ?", Long.class,
                Topics.INVENTORY_AVAILABILITY.name(), key);
    }

    private static List<String> fields(Http.Response response) {
        return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    private static String field(JsonNode error) {
        JsonNode field = error.get("field");
        return field == null || field.isNull() ? "-" : field.asString();
    }

    private static List<String> keys(JsonNode page) {
        return page.get("items").valueStream().map(i -> i.get("sku").asString() + "@" + i.get("locationId").asString()).toList();
    }
}
