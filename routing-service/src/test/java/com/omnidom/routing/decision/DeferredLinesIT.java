package com.omnidom.routing.decision;

import com.omnidom.events.CloudEventHeaders;
import com.omnidom.events.Topics;
import com.omnidom.routing.World;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.Wire;
import com.omnidom.testsupport.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.omnidom.routing.World.BERLIN;
import static com.omnidom.routing.World.POTSDAM;
import static com.omnidom.routing.World.line;
import static com.omnidom.routing.World.shipOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Deferred lines with a tiny waiting time: reported unroutable once it is over. */
@OmnidomServiceTest
@TestPropertySource(properties = {"omnidom.routing.defer-for=3s", "omnidom.routing.deferred-check=200ms"})
class DeferredLinesIT {

    private static final String FULFILLMENTS = Topics.FULFILLMENT_EVENTS.name();

    private final JdbcTemplate jdbc;
    private final Wire wire;
    private final World world;
    private final MeterRegistry meters;

    DeferredLinesIT(Wire wire, @Autowired JdbcTemplate jdbc, @Autowired MeterRegistry meters) {
        this.wire = wire;
        this.meters = meters;
        this.jdbc = jdbc;
        this.world = new World(wire, jdbc);
    }

    @Test
    void deferredLinesBecomeUnroutableAfterRetryUntil() {
        world.location("EXP-BER", BERLIN, null);
        world.stock("EXP-A", "EXP-BER", 5);
        world.awaitReplicas();
        UUID orderId = UUID.randomUUID();
        Instant accepted = Instant.now();
        double deferredLines = count("omnidom.routing.lines.deferred");
        double noStock = count("omnidom.routing.lines.unroutable", "reason", "no_stock");

        world.publish(shipOrder(orderId, POTSDAM, line("1", "EXP-A", 1), line("2", "EXP-NONE", 2)));

        List<ConsumerRecord<String, byte[]>> events = TopicProbe.atLeast(wire.bootstrap(), FULFILLMENTS, 3, orderId.toString());
        assertThat(events).extracting(e -> TopicProbe.header(e, CloudEventHeaders.TYPE)).containsExactly(
                "omnidom.routing.fulfillment-assigned.v1", "omnidom.routing.fulfillment-deferred.v1",
                "omnidom.routing.fulfillment-unroutable.v1");
        JsonNode deferred = Http.JSON.readTree(events.get(1).value());
        Instant retryUntil = Instant.parse(deferred.get("retryUntil").asString());
        assertThat(Duration.between(accepted, retryUntil)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(30));
        JsonNode unroutable = Http.JSON.readTree(events.get(2).value());
        assertThat(unroutable.get("lines").valueStream().map(l -> l.get("lineId").asString() + "x" + l.get("quantity").asInt()))
                .containsExactly("2x2");
        assertThat(unroutable.get("reason").asString()).contains("still no location");
        assertThat(events.get(2).timestamp()).isGreaterThanOrEqualTo(retryUntil.toEpochMilli());
        assertThat(jdbc.queryForObject("SELECT status FROM deferred_line WHERE order_id = ? AND line_id = '2'", String.class, orderId))
                .isEqualTo("UNROUTABLE");
        // one line deferred, then given up: no location holds its SKU
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(count("omnidom.routing.lines.unroutable", "reason", "no_stock") - noStock).isEqualTo(1));
        assertThat(count("omnidom.routing.lines.deferred") - deferredLines).isEqualTo(1);
    }

    private double count(String name, String... tags) {
        var counter = meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }
}
