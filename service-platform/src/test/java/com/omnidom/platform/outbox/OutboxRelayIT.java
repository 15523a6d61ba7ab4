package com.omnidom.platform.outbox;

import com.omnidom.events.CloudEventHeaders;
import com.omnidom.events.Topics;
import com.omnidom.events.catalog.ArticleChanged;
import com.omnidom.testsupport.TopicProbe;
import com.omnidom.platform.SampleArticles;
import com.omnidom.testsupport.OmnidomServiceTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@OmnidomServiceTest
@TestPropertySource(properties = "omnidom.outbox.relay-enabled=false")
class OutboxRelayIT {

    private static final int KEYS = 10;
    private static final int EVENTS = 300;
    private static final int SENDS_BEFORE_DEATH = 120;

    @Autowired Outbox outbox;
    @Autowired OutboxRelay relay;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired OutboxProperties properties;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrap;
    @Autowired MeterRegistry meters;

    /** Stands in for the process dying: nothing after it runs, not even a catch block for exceptions. */
    static final class RelayKilled extends Error {
    }

    @Test
    void relayKilledAfterSendingBeforeMarkingLosesNothingAndKeepsOrderPerKey() {
        Map<String, List<String>> committedPerKey = new LinkedHashMap<>();
        for (int i = 0; i < EVENTS; i++) {
            ArticleChanged event = SampleArticles.changed("SKU-" + (i % KEYS), i / KEYS + 1);
            transactions.executeWithoutResult(tx -> outbox.append(event));
            committedPerKey.computeIfAbsent(event.sku(), k -> new ArrayList<>()).add(event.eventId().toString());
        }
        assertThat(unsent()).isEqualTo(EVENTS);

        AtomicInteger sends = new AtomicInteger();
        var dying = new OutboxRelay(dataSource, () -> dyingAfter(SENDS_BEFORE_DEATH, sends, realProducer()),
                properties, new SimpleMeterRegistry());
        dying.start();
        // the relay thread dies of RelayKilled on purpose: Awaitility must not count that as a test failure
        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(30))
                .until(() -> sends.get() > SENDS_BEFORE_DEATH && !dying.isLeader());
        dying.stop();
        // it died between the send and the mark: everything is still unsent in the database
        assertThat(unsent()).isEqualTo(EVENTS);

        relay.start();
        try {
            List<ConsumerRecord<String, byte[]>> records = TopicProbe.read(bootstrap,
                    Topics.CATALOG_ARTICLES.name(), Duration.ofSeconds(60), seen -> distinctIds(seen).size() == EVENTS);

            assertThat(distinctIds(records)).hasSize(EVENTS);
            assertThat(records.size()).as("what the dead relay sent arrived, and was sent again").isGreaterThan(EVENTS);
            Map<String, Set<String>> firstSeenPerKey = new LinkedHashMap<>();
            for (var record : records) {
                firstSeenPerKey.computeIfAbsent(record.key(), k -> new LinkedHashSet<>())
                        .add(TopicProbe.header(record, CloudEventHeaders.ID));
            }
            committedPerKey.forEach((key, ids) -> assertThat(List.copyOf(firstSeenPerKey.get(key)))
                    .as("events of %s in commit order", key).containsExactlyElementsOf(ids));
            await().atMost(Duration.ofSeconds(10)).until(() -> unsent() == 0);
            assertThat(meters.get("omnidom.outbox.backlog").gauge().value()).isZero();
            assertThat(meters.get("omnidom.outbox.sent").counter().count()).isEqualTo(EVENTS);
        } finally {
            relay.stop();
        }
    }

    @Test
    void onlyOneRelayLeadsAndAnotherTakesOverWhenItStops() {
        var first = new OutboxRelay(dataSource, this::realProducer, properties, new SimpleMeterRegistry());
        var second = new OutboxRelay(dataSource, this::realProducer, properties, new SimpleMeterRegistry());
        first.start();
        await().atMost(Duration.ofSeconds(10)).until(first::isLeader);
        second.start();
        try {
            // the second keeps trying every poll interval (1 s) without getting the lock
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> !second.isLeader());
            first.stop();
            await().atMost(Duration.ofSeconds(10)).until(second::isLeader);
        } finally {
            first.stop();
            second.stop();
        }
    }

    private int unsent() {
        return jdbc.queryForObject("SELECT count(*) FROM outbox WHERE sent_at IS NULL", Integer.class);
    }

    private static Set<String> distinctIds(List<ConsumerRecord<String, byte[]>> records) {
        Set<String> ids = new LinkedHashSet<>();
        records.forEach(r -> ids.add(TopicProbe.header(r, CloudEventHeaders.ID)));
        return ids;
    }

    private Producer<String, byte[]> realProducer() {
        return TopicProbe.producer(bootstrap);
    }

    @SuppressWarnings("unchecked")
    private static Producer<String, byte[]> dyingAfter(int limit, AtomicInteger sends, Producer<String, byte[]> real) {
        return (Producer<String, byte[]>) Proxy.newProxyInstance(Producer.class.getClassLoader(),
                new Class<?>[]{Producer.class}, (proxy, method, args) -> {
                    if (method.getName().equals("send") && sends.incrementAndGet() > limit) throw new RelayKilled();
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
