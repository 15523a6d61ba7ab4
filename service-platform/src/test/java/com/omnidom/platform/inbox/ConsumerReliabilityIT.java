package com.omnidom.platform.inbox;

import com.omnidom.events.EventType;
import com.omnidom.events.TopicSpec;
import com.omnidom.events.catalog.ArticleChanged;
import com.omnidom.testsupport.TopicProbe;
import com.omnidom.platform.SampleArticles;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.Wire;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The consumer side of the reliability rules, against the real broker and database. */
@OmnidomServiceTest
class ConsumerReliabilityIT {

    private static final TopicSpec DLT = EventType.ARTICLE_CHANGED.topic().deadLetter();

    @Autowired JdbcTemplate jdbc;

    private final Wire wire;

    ConsumerReliabilityIT(Wire wire) {
        this.wire = wire;
    }

    @Test
    void eventDeliveredTwiceChangesStateOnce() throws Exception {
        ArticleChanged event = SampleArticles.changed("DUP-1", 1);
        send(event);
        send(event);
        // a later event of the same key lands on the same partition, so once it applied both copies were consumed
        send(SampleArticles.changed("DUP-1", 2));

        await().atMost(Duration.ofSeconds(30)).until(() -> versionOf("DUP-1") == 2);
        assertThat(timesApplied("DUP-1")).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE event_id = ?", Integer.class,
                event.eventId())).isEqualTo(1);
    }

    @Test
    void undeserialisableMessageGoesToDeadLetterTopicAndTheNextOneIsProcessed() throws Exception {
        UUID poisonId = UUID.randomUUID();
        wire.send(TopicProbe.record(EventType.ARTICLE_CHANGED, "POISON-1", poisonId,
                "{not json".getBytes(StandardCharsets.UTF_8)));
        send(SampleArticles.changed("POISON-1", 1));

        await().atMost(Duration.ofSeconds(30)).until(() -> versionOf("POISON-1") == 1);
        ConsumerRecord<String, byte[]> dead = deadLetter(poisonId);
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(TopicProbe.header(dead, "kafka_dlt-exception-message")).contains("cannot read ArticleChanged");
        assertThat(TopicProbe.header(dead, "kafka_dlt-original-topic")).isEqualTo("catalog.articles.v1");
    }

    @Test
    void permanentlyFailingEventGoesToDeadLetterTopicWithoutRetries() throws Exception {
        ArticleChanged refused = SampleArticles.changed("REJECT-1", 1);
        send(refused);
        send(SampleArticles.changed("AFTER-REJECT-1", 1));

        ConsumerRecord<String, byte[]> dead = deadLetter(refused.eventId());
        assertThat(TopicProbe.header(dead, "kafka_dlt-exception-message")).contains("is refused");
        await().atMost(Duration.ofSeconds(30)).until(() -> versionOf("AFTER-REJECT-1") == 1);
        assertThat(attempts("REJECT-1")).isEqualTo(1);
        assertThat(versionOf("REJECT-1")).isZero();
    }

    @Test
    void eventThatWaitedForAPrerequisiteAndThenFailsForGoodIsDeadLettered() throws Exception {
        ArticleChanged refused = SampleArticles.changed("WAIT-THEN-REJECT-1", 1);
        send(refused);

        ConsumerRecord<String, byte[]> dead = deadLetter(refused.eventId());
        assertThat(TopicProbe.header(dead, "kafka_dlt-exception-message")).contains("is refused after waiting");
        assertThat(attempts("WAIT-THEN-REJECT-1")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void transientFailureIsRetriedWithBackOffUntilItSucceeds() throws Exception {
        send(SampleArticles.changed("FLAKY-1", 1));

        await().atMost(Duration.ofSeconds(30)).until(() -> versionOf("FLAKY-1") == 1);
        assertThat(attempts("FLAKY-1")).isEqualTo(3);
        assertThat(timesApplied("FLAKY-1")).isEqualTo(1);
    }

    @Test
    void eventWaitingForAPrerequisiteIsRetriedBeyondTheRetryLimitAndAppliedWhenItArrives() throws Exception {
        ArticleChanged waiting = SampleArticles.changed("AWAIT-1", 1);
        send(waiting);

        // retry-for is 2 s in this test: a transient failure would be dead-lettered by now
        await().pollDelay(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10)).until(() -> attempts("AWAIT-1") >= 3);
        assertThat(versionOf("AWAIT-1")).isZero();
        jdbc.update("INSERT INTO prerequisite (sku) VALUES ('AWAIT-1')");

        await().atMost(Duration.ofSeconds(30)).until(() -> versionOf("AWAIT-1") == 1);
        assertThat(wire.read(DLT, Duration.ofSeconds(3), seen -> false))
                .noneMatch(r -> isEvent(r, waiting.eventId()));
    }

    private void send(ArticleChanged event) {
        wire.publish(event);
    }

    private ConsumerRecord<String, byte[]> deadLetter(UUID eventId) {
        List<ConsumerRecord<String, byte[]>> records = wire.read(DLT, Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> isEvent(r, eventId)));
        return records.stream().filter(r -> isEvent(r, eventId)).findFirst()
                .orElseThrow(() -> new AssertionError("event " + eventId + " not on " + DLT.name()));
    }

    private static boolean isEvent(ConsumerRecord<String, byte[]> record, UUID eventId) {
        return eventId.toString().equals(TopicProbe.header(record, "ce_id"));
    }

    private long versionOf(String sku) {
        return jdbc.queryForList("SELECT version FROM applied_article WHERE sku = ?", Long.class, sku)
                .stream().findFirst().orElse(0L);
    }

    private int timesApplied(String sku) {
        return jdbc.queryForObject("SELECT times FROM applied_article WHERE sku = ?", Integer.class, sku);
    }

    private static int attempts(String sku) {
        return testAttempts().getOrDefault(sku, 0);
    }

    private static Map<String, Integer> testAttempts() {
        return com.omnidom.platform.testapp.TestHooks.attempts();
    }
}
