package com.omnidom.catalog.promotion;

import com.omnidom.events.CloudEventHeaders;
import com.omnidom.events.Topics;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.stream.StreamSupport;

import static com.omnidom.catalog.SampleArticles.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

@OmnidomServiceTest
class PromotionsIT {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    JdbcTemplate jdbc;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /** A coupon: 10 % off each unit of {@code sku} from 2 units, on the web shop, in December 2026. */
    static String coupon(String id, String code, String sku, String percent) {
        return """
                {"id":"%s","code":"%s","names":[{"language":"de","name":"Winterrabatt"},{"language":"en","name":"Winter sale"}],
                 "validFrom":"2026-12-01T00:00:00Z","validUntil":"2027-01-01T00:00:00Z","channels":["WEB"],"currency":"EUR",
                 "kind":"LINE_PERCENT_OFF","percent":"%s","skus":["%s"],"minimumQuantity":2}
                """.formatted(id, code, percent, sku);
    }

    /** An automatic order-level promotion: {@code amount} off from 50.00, every channel, open-ended. */
    static String automatic(String id, String amount, String validFrom, String validUntil) {
        return """
                {"id":"%s","names":[{"name":"Money off"}],"validFrom":%s,"validUntil":%s,"currency":"EUR",
                 "kind":"ORDER_AMOUNT_OFF","amount":"%s","minimumOrderValue":"50.00"}
                """.formatted(id, validFrom, validUntil, amount);
    }

    @Test
    void createsACouponAndPublishesItsSnapshotWithCloudEventsHeaders() {
        http.post("/api/v1/articles", anArticle("PR-A1"));

        Http.Response created = http.post("/api/v1/promotions", coupon("WINTER-26", "winter10", "PR-A1", "10.0"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().getLocation()).hasToString("/api/v1/promotions/WINTER-26");
        assertThat(created.json().get("code").asString()).as("upper case").isEqualTo("WINTER10");
        assertThat(created.json().get("percent").asString()).isEqualTo("10");
        assertThat(created.json().get("active").asBoolean()).as("default").isTrue();
        assertThat(http.get("/api/v1/promotions/WINTER-26").json()).isEqualTo(created.json());

        ConsumerRecord<String, byte[]> event = TopicProbe.atLeast(bootstrap, Topics.CATALOG_PROMOTIONS.name(), 1, "WINTER-26").getFirst();
        assertThat(TopicProbe.header(event, CloudEventHeaders.TYPE)).isEqualTo("omnidom.catalog.promotion-changed.v1");
        assertThat(TopicProbe.header(event, CloudEventHeaders.SUBJECT)).isEqualTo("WINTER-26");
        JsonNode body = Http.JSON.readTree(event.value());
        assertThat(body.get("eventId").asString()).isEqualTo(TopicProbe.header(event, CloudEventHeaders.ID));
        assertThat(body.get("promotionId").asString()).isEqualTo("WINTER-26");
        assertThat(body.get("version").asLong()).isZero();
        assertThat(body.get("code").asString()).isEqualTo("WINTER10");
        assertThat(body.get("kind").asString()).isEqualTo("LINE_PERCENT_OFF");
        assertThat(body.get("percent").asString()).isEqualTo("10");
        assertThat(body.get("amount").isNull()).isTrue();
        assertThat(body.at("/skus/0").asString()).isEqualTo("PR-A1");
        assertThat(body.get("minimumQuantity").asInt()).isEqualTo(2);
        assertThat(body.at("/channels/0").asString()).isEqualTo("WEB");
        assertThat(body.at("/names/1/name").asString()).isEqualTo("Winter sale");
    }

    @Test
    void replacingBumpsTheVersionAndPublishesTheNewStateTheSameContentChangesNothing() {
        Http.Response created = http.put("/api/v1/promotions/AUTO-5", automatic("AUTO-5", "5.00", "null", "null"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("code").isNull()).as("automatic").isTrue();

        assertThat(http.put("/api/v1/promotions/AUTO-5", automatic("AUTO-5", "5", "null", "null")).json().get("version").asLong())
                .as("5 is 5.00: no change").isZero();
        Http.Response switchedOff = http.put("/api/v1/promotions/AUTO-5",
                automatic("AUTO-5", "5.00", "null", "null").replace("\"currency\"", "\"active\":false,\"currency\""));

        assertThat(switchedOff.status()).isEqualTo(200);
        assertThat(switchedOff.json().get("version").asLong()).isEqualTo(1);
        List<ConsumerRecord<String, byte[]>> events = TopicProbe.atLeast(bootstrap, Topics.CATALOG_PROMOTIONS.name(), 2, "AUTO-5");
        assertThat(events).extracting(e -> Http.JSON.readTree(e.value()).get("active").asBoolean()).containsExactly(true, false);
        assertThat(outboxRows("AUTO-5")).isEqualTo(2);
    }

    @Test
    void brokenRulesAre422NamingTheFieldAndWriteNothing() {
        http.post("/api/v1/articles", anArticle("PR-A2"));

        assertRejected(coupon("P-UNKNOWN", "C1", "NO-SUCH-SKU", "10"), "skus[0]");
        assertRejected(coupon("P-PCT", "C2", "PR-A2", "150"), "percent");
        assertRejected(automatic("P-CENTS", "5.001", "null", "null"), "amount");
        assertRejected(automatic("P-PERIOD", "5.00", "\"2027-01-01T00:00:00Z\"", "\"2026-12-01T00:00:00Z\""), "validUntil");
        assertRejected(coupon("P-KIND", "C3", "PR-A2", "10").replace("\"minimumQuantity\":2", "\"minimumOrderValue\":\"10.00\""),
                "minimumOrderValue");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM promotion WHERE id LIKE 'P-%'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox WHERE aggregatetype = ? AND aggregateid LIKE 'P-%'",
                Long.class, Topics.CATALOG_PROMOTIONS.name())).isZero();
    }

    @Test
    void aCodeBelongsToOnePromotionInAnyCase() {
        http.post("/api/v1/articles", anArticle("PR-A3"));
        assertThat(http.post("/api/v1/promotions", coupon("DUP-1", "SPRING", "PR-A3", "10")).status()).isEqualTo(201);

        Http.Response second = http.post("/api/v1/promotions", coupon("DUP-2", "spring", "PR-A3", "20"));

        assertThat(second.status()).isEqualTo(422);
        assertThat(second.json().at("/errors/0/field").asString()).isEqualTo("code");
        assertThat(second.json().at("/errors/0/message").asString()).contains("DUP-1");
        assertThat(http.put("/api/v1/promotions/DUP-1", coupon("DUP-1", "SPRING", "PR-A3", "15")).status())
                .as("its own code").isEqualTo(200);
        assertThat(http.post("/api/v1/promotions", coupon("DUP-1", "OTHER", "PR-A3", "10")).status()).as("id exists").isEqualTo(409);
    }

    @Test
    void listsByIdFilteredByCodeAndActiveUnknownIs404() {
        http.post("/api/v1/articles", anArticle("PR-A4"));
        http.post("/api/v1/promotions", coupon("LST-1", "LISTME", "PR-A4", "10"));
        http.post("/api/v1/promotions", automatic("LST-2", "3.00", "null", "null").replace("\"currency\"", "\"active\":false,\"currency\""));

        assertThat(ids(http.get("/api/v1/promotions?code=listme").json())).containsExactly("LST-1");
        assertThat(ids(http.get("/api/v1/promotions?active=false&size=200").json())).contains("LST-2").doesNotContain("LST-1");
        Http.Response missing = http.get("/api/v1/promotions/NOPE");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(http.put("/api/v1/promotions/OTHER", coupon("LST-9", "X9", "PR-A4", "10")).status()).isEqualTo(422);
        assertThat(http.post("/api/v1/promotions", "{\"id\":\"NO-KIND\",\"names\":[{\"name\":\"x\"}],\"currency\":\"EUR\"}")
                .status()).as("kind missing").isEqualTo(400);
    }

    private void assertRejected(String body, String field) {
        Http.Response rejected = http.post("/api/v1/promotions", body);
        assertThat(rejected.status()).as(field).isEqualTo(422);
        assertThat(rejected.contentType()).startsWith("application/problem+json");
        assertThat(rejected.json().at("/errors/0/field").asString()).isEqualTo(field);
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(p -> p.get("id").asString()).toList();
    }

    private long outboxRows(String id) {
        return jdbc.queryForObject("SELECT count(*) FROM outbox WHERE aggregatetype = ? AND aggregateid = ?", Long.class,
                Topics.CATALOG_PROMOTIONS.name(), id);
    }
}
