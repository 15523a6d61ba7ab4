package com.omnidom.platform.inbox;

import com.omnidom.events.EventType;
import com.omnidom.events.TopicSpec;
import com.omnidom.events.catalog.ArticleChanged;
import com.omnidom.testsupport.TopicProbe;
import com.omnidom.platform.SampleArticles;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.Wire;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
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
        assertThat(deadLetterRows(refused.eventId())).isEqualTo(1);
    }

    @Test
    void eventThatWaitedForAPrerequisiteAndThenFailsForGoodIsDeadLettered() throws Exception {
        ArticleChanged refused = SampleArticles.changed("WAIT-THEN-REJECT-1", 1);
        send(refused);

        ConsumerRecord<String, byte[]> dead = deadLetter(refused.eventId());
        assertThat(TopicProbe.header(dead, "kafka_dlt-exception-message")).contains("is refused after waiting");
        assertThat(attempts("WAIT-THEN-REJECT-1")).isGreaterThanOrEqualTo(3);
        await().atMost(Duration.ofSeconds(10)).until(() -> deadLetterRows(refused.eventId()) == 1);
        assertThat(parkedVersions("WAIT-THEN-REJECT-1")).isEmpty();
    }

    @Test
    void transientFailureIsRetriedWithBackOffUntilItSucceeds() throws Exception {
        send(SampleArticles.changed("FLAKY-1", 1));

        await().atMost(Duration.ofSeconds(30)).until(() -> versionOf("FLAKY-1") == 1);
        assertThat(attempts("FLAKY-1")).isEqualTo(3);
        assertThat(timesApplied("FLAKY-1")).isEqualTo(1);
    }

    @Test
    void infrastructureFailureIsRetriedBeyondTheRetryLimitAndNeverDeadLettered() throws Exception {
        ArticleChanged event = SampleArticles.changed("DB-DOWN-1", 1);
        send(event);

        // the database is "down" for six attempts, about 6 s of back-off: three times retry-for (2 s)
        await().atMost(Duration.ofSeconds(30)).until(() -> versionOf("DB-DOWN-1") == 1);
        assertThat(attempts("DB-DOWN-1")).isEqualTo(7);
        assertThat(timesApplied("DB-DOWN-1")).isEqualTo(1);
        assertThat(deadLetterRows(event.eventId())).isZero();
        assertThat(wire.read(DLT, Duration.ofSeconds(3), seen -> false)).noneMatch(r -> isEvent(r, event.eventId()));
    }

    @Test
    void eventWaitingForAPrerequisiteIsParkedWithTheLaterOnesOfItsKeyAndReplayedInOrderWhenItArrives() throws Exception {
        String waiting = "AWAIT-2";
        String other = keyOnTheSamePartitionAs(waiting, "GOES-ON-");
        ArticleChanged first = SampleArticles.changed(waiting, 1);
        send(first);
        send(SampleArticles.changed(waiting, 2));
        send(SampleArticles.changed(other, 1));
        send(SampleArticles.changed(waiting, 3));

        // the other key of the same partition goes on while the waiting key's events are parked, in order
        await().atMost(Duration.ofSeconds(30)).until(() -> versionOf(other) == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> parkedVersions(waiting).size() == 3);
        assertThat(jdbc.queryForList("SELECT reason FROM parked_event WHERE record_key = ? ORDER BY id", String.class,
                waiting)).first().asString().contains("no prerequisite for AWAIT-2");
        // retry-for is 2 s in this test: the first event is replayed with back-off, still waits, is not dead-lettered
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> attempts(waiting) >= 3);
        assertThat(versionOf(waiting)).isZero();
        assertThat(jdbc.queryForObject("SELECT attempts FROM parked_event WHERE event_id = ?", Integer.class,
                first.eventId().toString())).isPositive();

        // the prerequisite arrives on another topic with the same key
        wire.send(TopicProbe.record(EventType.LOCATION_CHANGED, waiting, UUID.randomUUID(), """
                {"eventId": "%s", "occurredAt": "2026-01-01T00:00:00Z", "locationId": "%s", "version": 1}"""
                .formatted(UUID.randomUUID(), waiting).getBytes(StandardCharsets.UTF_8)));

        await().atMost(Duration.ofSeconds(30)).until(() -> versionOf(waiting) == 3);
        assertThat(jdbc.queryForList("SELECT version FROM applied_version WHERE sku = ? ORDER BY seq", Long.class,
                waiting)).containsExactly(1L, 2L, 3L);
        assertThat(timesApplied(waiting)).isEqualTo(3);
        assertThat(parkedVersions(waiting)).isEmpty();
        assertThat(wire.read(DLT, Duration.ofSeconds(3), seen -> false)).noneMatch(r -> isEvent(r, first.eventId()));
    }

    @Test
    void eventArrivingBehindParkedOnesOfItsKeyIsParkedToo() {
        ArticleChanged waits = SampleArticles.changed("AWAIT-3", 1);
        ArticleChanged behind = SampleArticles.changed("AWAIT-3", 2);
        send(waits);
        send(behind);

        await().atMost(Duration.ofSeconds(30)).until(() -> parkedVersions("AWAIT-3").size() == 2);
        assertThat(jdbc.queryForObject("SELECT reason FROM parked_event WHERE event_id = ?", String.class,
                behind.eventId().toString())).contains("has parked events on catalog.articles.v1");
        // only the first one was tried: the one behind it waits without running its handler
        assertThat(attempts("AWAIT-3")).isGreaterThanOrEqualTo(1);
        assertThat(versionOf("AWAIT-3")).isZero();
    }

    private List<String> parkedVersions(String key) {
        return jdbc.queryForList("SELECT event_id FROM parked_event WHERE record_key = ? ORDER BY id", String.class, key);
    }

    private int deadLetterRows(UUID eventId) {
        return jdbc.queryForObject("SELECT count(*) FROM dead_letter WHERE event_id = ?", Integer.class,
                eventId.toString());
    }

    /** A key that Kafka's default partitioner puts on the same partition of the article topic as {@code key}. */
    private static String keyOnTheSamePartitionAs(String key, String prefix) {
        int partitions = EventType.ARTICLE_CHANGED.topic().partitions();
        int wanted = partition(key, partitions);
        for (int i = 1; ; i++) {
            if (partition(prefix + i, partitions) == wanted) return prefix + i;
        }
    }

    private static int partition(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
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
