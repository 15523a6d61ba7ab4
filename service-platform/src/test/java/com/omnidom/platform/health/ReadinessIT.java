package com.omnidom.platform.health;

import com.omnidom.platform.SampleArticles;
import com.omnidom.platform.outbox.Outbox;
import com.omnidom.platform.outbox.OutboxProperties;
import com.omnidom.platform.outbox.OutboxRelay;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@OmnidomServiceTest
@TestPropertySource(properties = "omnidom.outbox.relay-enabled=false")
class ReadinessIT {

    private static final String BINDING = "catalogArticlesV1-in-0";

    @Autowired BindingsLifecycleController bindings;
    @Autowired ConsumersHealthIndicator consumers;
    @Autowired Outbox outbox;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    @Test
    void aStoppedBindingTakesTheInstanceOutOfReadinessButNotOutOfLiveness(Http http) {
        await().atMost(Duration.ofSeconds(30)).until(() -> http.anonymous().get("/actuator/health/readiness").status() == 200);

        bindings.changeState(BINDING, BindingsLifecycleController.State.STOPPED);
        try {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> http.anonymous().get("/actuator/health/readiness").status() == 503);
            var health = consumers.health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry(BINDING, Map.of("topic", "catalog.articles.v1", "state", "stopped"));
            assertThat(http.anonymous().get("/actuator/health/liveness").status()).isEqualTo(200);
        } finally {
            bindings.changeState(BINDING, BindingsLifecycleController.State.STARTED);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> http.anonymous().get("/actuator/health/readiness").status() == 200);
        assertThat(consumers.health().getDetails()).containsEntry(BINDING, Map.of("topic", "catalog.articles.v1", "state", "running"));
    }

    @Test
    void aRelayThatCannotPublishAnOldEventIsDown() {
        transactions.executeWithoutResult(tx -> outbox.append(SampleArticles.changed("SKU-STUCK", 1)));
        jdbc.update("UPDATE outbox SET created_at = now() - interval '1 hour' WHERE sent_at IS NULL");
        var properties = new OutboxProperties(true, 500, Duration.ofMillis(200), Duration.ofMillis(500),
                Duration.ofDays(7), null, Duration.ofSeconds(2));
        // the broker is gone: nothing listens on port 1
        var relay = new OutboxRelay(dataSource, () -> new KafkaProducer<String, byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 300,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class)), properties, new SimpleMeterRegistry());
        var health = new OutboxHealthIndicator(relay, jdbc, properties);
        relay.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(relay::isLeader);
            await().atMost(Duration.ofSeconds(20)).until(() -> health.health().getStatus().equals(Status.DOWN));
            assertThat(health.health().getDetails()).containsEntry("relay", "leader").containsKey("oldestUnsentAge");
        } finally {
            relay.stop();
        }
        assertThat(health.health().getDetails()).containsEntry("relay", "thread not running");
        jdbc.update("DELETE FROM outbox");
    }

    @Test
    void aLeaderWithNothingOldToSendIsUp() {
        var properties = new OutboxProperties(true, 500, Duration.ofMillis(200), Duration.ofMillis(500),
                Duration.ofDays(7), null, Duration.ofSeconds(2));
        var relay = new OutboxRelay(dataSource, () -> new KafkaProducer<String, byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class)), properties, new SimpleMeterRegistry());
        var health = new OutboxHealthIndicator(relay, jdbc, properties);
        assertThat(health.health().getStatus()).as("enabled but not started").isEqualTo(Status.DOWN);
        relay.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(relay::isLeader);
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                    .until(() -> health.health().getStatus().equals(Status.UP));
        } finally {
            relay.stop();
        }
    }
}
