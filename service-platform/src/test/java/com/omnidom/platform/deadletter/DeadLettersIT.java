package com.omnidom.platform.deadletter;

import com.omnidom.events.EventType;
import com.omnidom.events.TopicSpec;
import com.omnidom.events.catalog.ArticleChanged;
import com.omnidom.platform.SampleArticles;
import com.omnidom.platform.security.Roles;
import com.omnidom.platform.testapp.TestHooks;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.TestCaller;
import com.omnidom.testsupport.TopicProbe;
import com.omnidom.testsupport.Wire;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Ops handle dead letters and see parked events through the platform's REST API, on the real broker and database. */
@OmnidomServiceTest
class DeadLettersIT {

    private static final String TOPIC = "catalog.articles.v1";
    private static final TopicSpec DLT = EventType.ARTICLE_CHANGED.topic().deadLetter();

    @Autowired JdbcTemplate jdbc;

    private final Http http;
    private final Http ops;
    private final Wire wire;

    DeadLettersIT(Http http, Wire wire) {
        this.http = http;
        this.ops = http.as(TestCaller.of("otto-dl", Roles.OPS));
        this.wire = wire;
    }

    @Test
    void deadLetterIsListedInspectedAndRedrivenToTheHandlerOnceWhenItCanBeApplied() {
        ArticleChanged event = SampleArticles.changed("FIXABLE-1", 1);
        wire.publish(event);
        long id = deadLetterOf(event.eventId());

        JsonNode letter = ops.get("/api/v1/dead-letters/" + id).json();
        assertThat(letter.get("status").asString()).isEqualTo("OPEN");
        assertThat(letter.get("topic").asString()).isEqualTo(TOPIC);
        assertThat(letter.get("key").asString()).isEqualTo("FIXABLE-1");
        assertThat(letter.get("ceType").asString()).isEqualTo("omnidom.catalog.article-changed.v1");
        assertThat(letter.get("payload").get("sku").asString()).isEqualTo("FIXABLE-1");
        assertThat(letter.get("headers").findValuesAsString("name")).contains("ce_id", "ce_type");
        assertThat(letter.get("exceptionClass").asString()).endsWith("PermanentEventFailure");
        assertThat(letter.get("exceptionStack").asString()).contains("ArticleReplicaListener");

        // the handler still refuses it: 409 naming the failure, the dead letter stays open with the error
        Http.Response refused = ops.post("/api/v1/dead-letters/" + id + "/redrive", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("is refused until fixed");
        JsonNode stillOpen = ops.get("/api/v1/dead-letters/" + id).json();
        assertThat(stillOpen.get("status").asString()).isEqualTo("OPEN");
        assertThat(stillOpen.get("redriveAttempts").asInt()).isEqualTo(1);
        assertThat(stillOpen.get("lastError").asString()).contains("is refused until fixed");

        // the data is fixed: the redrive applies it, once
        jdbc.update("INSERT INTO prerequisite (sku) VALUES ('FIXABLE-1')");
        Http.Response redriven = ops.post("/api/v1/dead-letters/" + id + "/redrive", null);
        assertThat(redriven.status()).isEqualTo(200);
        assertThat(redriven.json().get("status").asString()).isEqualTo("REDRIVEN");
        assertThat(redriven.json().get("resolvedBy").asString()).isEqualTo("otto-dl");
        assertThat(jdbc.queryForObject("SELECT times FROM applied_article WHERE sku = 'FIXABLE-1'", Integer.class))
                .isEqualTo(1);

        assertThat(ops.post("/api/v1/dead-letters/" + id + "/redrive", null).status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("SELECT times FROM applied_article WHERE sku = 'FIXABLE-1'", Integer.class))
                .isEqualTo(1);
        assertThat(ops.get("/api/v1/dead-letters?status=REDRIVEN&topic=" + TOPIC).json().get("items"))
                .anySatisfy(item -> assertThat(item.get("id").asLong()).isEqualTo(id));
        JsonNode audit = ops.get("/api/v1/audit-records?subject=otto-dl").json();
        assertThat(audit.get("items").findValuesAsString("path")).contains("/api/v1/dead-letters/" + id + "/redrive");
    }

    @Test
    void redrivenDeadLetterThatWaitsForItsPrerequisiteIsParkedAndAppliedWhenItArrives() {
        ArticleChanged event = SampleArticles.changed("REFUSED-THEN-AWAIT-1", 1);
        wire.publish(event);
        long id = deadLetterOf(event.eventId());

        Http.Response redriven = ops.post("/api/v1/dead-letters/" + id + "/redrive", null);
        assertThat(redriven.status()).isEqualTo(200);
        assertThat(redriven.json().get("status").asString()).isEqualTo("REDRIVEN");
        assertThat(redriven.json().get("resolutionNote").asString()).startsWith("parked: no prerequisite");
        assertThat(ops.get("/api/v1/parked-events?key=REFUSED-THEN-AWAIT-1").json().get("items").get(0)
                .get("eventId").asString()).isEqualTo(event.eventId().toString());

        jdbc.update("INSERT INTO prerequisite (sku) VALUES ('REFUSED-THEN-AWAIT-1')");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList(
                "SELECT times FROM applied_article WHERE sku = 'REFUSED-THEN-AWAIT-1'", Integer.class).equals(List.of(1)));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                ops.get("/api/v1/parked-events?key=REFUSED-THEN-AWAIT-1").json().get("totalItems").asLong() == 0);
    }

    @Test
    void deadLetterThatCannotBeWrittenIsRetriedNeverSkipped() {
        // the database refuses this one dead letter until the trigger is dropped
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION refuse_dead_letter() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.record_key = 'REJECT-UNWRITTEN-1' THEN RAISE EXCEPTION 'dead letter refused'; END IF;
                    RETURN NEW;
                END $$""");
        jdbc.execute("CREATE TRIGGER refuse_dead_letter BEFORE INSERT ON dead_letter FOR EACH ROW"
                + " EXECUTE FUNCTION refuse_dead_letter()");
        ArticleChanged refused = SampleArticles.changed("REJECT-UNWRITTEN-1", 1);
        try {
            wire.publish(refused);
            // delivered again and again: the consumer does not commit past a record it could not dead-letter
            await().atMost(Duration.ofSeconds(30)).until(() -> TestHooks.attempts().getOrDefault("REJECT-UNWRITTEN-1", 0) >= 3);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM dead_letter WHERE record_key = 'REJECT-UNWRITTEN-1'",
                    Integer.class)).isZero();
        } finally {
            jdbc.execute("DROP TRIGGER refuse_dead_letter ON dead_letter");
        }
        assertThat(deadLetterOf(refused.eventId())).isPositive();
        assertThat(wire.read(DLT, Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> refused.eventId().toString().equals(TopicProbe.header(r, "ce_id")))))
                .anyMatch(r -> refused.eventId().toString().equals(TopicProbe.header(r, "ce_id")));
    }

    @Test
    void deadLetterIsDiscardedOnlyWithAReasonAndOnlyOnce() {
        ArticleChanged event = SampleArticles.changed("REJECT-DL-1", 1);
        wire.publish(event);
        long id = deadLetterOf(event.eventId());

        assertThat(ops.post("/api/v1/dead-letters/" + id + "/discard", Map.of()).status()).isEqualTo(400);
        assertThat(ops.post("/api/v1/dead-letters/" + id + "/discard", Map.of("reason", " ")).status()).isEqualTo(400);
        Http.Response discarded = ops.post("/api/v1/dead-letters/" + id + "/discard",
                Map.of("reason", "article withdrawn by catalog"));
        assertThat(discarded.status()).isEqualTo(200);
        assertThat(discarded.json().get("status").asString()).isEqualTo("DISCARDED");
        assertThat(discarded.json().get("resolutionNote").asString()).isEqualTo("article withdrawn by catalog");
        assertThat(discarded.json().get("resolvedBy").asString()).isEqualTo("otto-dl");

        assertThat(ops.post("/api/v1/dead-letters/" + id + "/discard", Map.of("reason", "again")).status())
                .isEqualTo(409);
        assertThat(ops.post("/api/v1/dead-letters/" + id + "/redrive", null).status()).isEqualTo(409);
        assertThat(ops.get("/api/v1/dead-letters/999999999").status()).isEqualTo(404);
    }

    @Test
    void parkedEventsAndDeadLettersAreVisibleToOpsAndInTheMetrics() {
        ArticleChanged waiting = SampleArticles.changed("AWAIT-OPS-1", 1);
        wire.publish(waiting);

        await().atMost(Duration.ofSeconds(30)).until(() ->
                ops.get("/api/v1/parked-events?key=AWAIT-OPS-1").json().get("totalItems").asLong() == 1);
        JsonNode parked = ops.get("/api/v1/parked-events?topic=" + TOPIC + "&key=AWAIT-OPS-1").json().get("items").get(0);
        assertThat(parked.get("eventId").asString()).isEqualTo(waiting.eventId().toString());
        assertThat(parked.get("reason").asString()).contains("no prerequisite for AWAIT-OPS-1");
        assertThat(parked.get("overdue").asBoolean()).isFalse();
        assertThat(ops.get("/api/v1/parked-events?topic=other.topic.v1&key=AWAIT-OPS-1").json().get("totalItems")
                .asLong()).isZero();
        assertThat(http.as(TestCaller.of("carla", Roles.CS_AGENT)).get("/api/v1/parked-events").status()).isEqualTo(403);

        String metrics = ops.get("/actuator/prometheus").text();
        assertThat(metrics).contains("omnidom_parked_events", "omnidom_parked_oldest_age_seconds",
                "omnidom_events_parked_total{topic=\"" + TOPIC + "\"",
                "omnidom_dead_letters{topic=\"" + TOPIC + "\"");
    }

    private long deadLetterOf(UUID eventId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> ops.get("/api/v1/dead-letters?status=OPEN&topic=" + TOPIC)
                .json().get("items").findValuesAsString("eventId").contains(eventId.toString()));
        for (JsonNode item : ops.get("/api/v1/dead-letters?status=OPEN&topic=" + TOPIC).json().get("items")) {
            if (item.get("eventId").asString().equals(eventId.toString())) return item.get("id").asLong();
        }
        throw new AssertionError("no dead letter for " + eventId);
    }
}
