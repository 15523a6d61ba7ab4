package com.omnidom.routing.decision;

import com.omnidom.events.CloudEventHeaders;
import com.omnidom.events.Topics;
import com.omnidom.routing.World;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;
import com.omnidom.routing.decision.application.DrainRoutingQueue;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.Wire;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static com.omnidom.routing.World.BERLIN;
import static com.omnidom.routing.World.MUNICH;
import static com.omnidom.routing.World.MUNICH_CUSTOMER;
import static com.omnidom.routing.World.POTSDAM;
import static com.omnidom.routing.World.line;
import static com.omnidom.routing.World.shipOrder;
import static com.omnidom.routing.World.vipShipOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The priority window, drained by hand: the window after a wake-up and the fallback check are an hour long here, so
 * both orders are certainly in the same window.
 */
@OmnidomServiceTest
@TestPropertySource(properties = {"omnidom.routing.priority-window=1h", "omnidom.routing.queue-check=1h"})
class PriorityWindowIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    DrainRoutingQueue drain;

    private final JdbcTemplate jdbc;
    private final Wire wire;
    private final World world;

    PriorityWindowIT(Wire wire, @Autowired JdbcTemplate jdbc) {
        this.wire = wire;
        this.jdbc = jdbc;
        this.world = new World(wire, jdbc);
    }

    @Test
    void vipOrderAcceptedJustAfterANormalOneGetsTheLastUnit() throws Exception {
        world.location("VIP-BER", BERLIN, null);
        world.stock("VIP-A", "VIP-BER", 1);
        world.awaitReplicas();
        UUID normal = UUID.randomUUID();
        UUID vip = UUID.randomUUID();
        world.publish(shipOrder(normal, POTSDAM, line("1", "VIP-A", 1)));
        world.publish(vipShipOrder(vip, POTSDAM, line("1", "VIP-A", 1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> world.count("SELECT count(*) FROM routing_queue") == 2);
        assertThat(jdbc.queryForObject("SELECT accepted_at < (SELECT accepted_at FROM routing_queue WHERE order_id = ?) "
                + "FROM routing_queue WHERE order_id = ?", Boolean.class, vip, normal)).isTrue();

        assertThat(drain.drain()).isEqualTo(2);

        assertThat(world.fulfillments(vip)).singleElement().satisfies(f -> assertThat(f.get("location_id")).isEqualTo("VIP-BER"));
        assertThat(world.fulfillments(normal)).isEmpty();
        assertThat(world.count("SELECT count(*) FROM deferred_line WHERE order_id = ?", normal)).isEqualTo(1);
        assertThat(world.count("SELECT count(*) FROM routing_queue")).isZero();
    }

    @Test
    void onlyOneDrainerAtATime() throws Exception {
        world.location("ONE-BER", BERLIN, null);
        world.stock("ONE-A", "ONE-BER", 5);
        world.awaitReplicas();
        UUID orderId = UUID.randomUUID();
        world.publish(shipOrder(orderId, POTSDAM, line("1", "ONE-A", 1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> world.count(
                "SELECT count(*) FROM routing_queue WHERE order_id = ?", orderId) == 1);

        try (Connection other = dataSource.getConnection(); Statement s = other.createStatement()) {
            // another instance's drainer holds the window
            s.execute("SELECT pg_advisory_lock(" + drainerLockKey() + ")");
            assertThat(drain.drain()).isEqualTo(-1);
            assertThat(world.fulfillments(orderId)).isEmpty();
            s.execute("SELECT pg_advisory_unlock(" + drainerLockKey() + ")");
        }

        assertThat(drain.drain()).isEqualTo(1);
        assertThat(world.fulfillments(orderId)).hasSize(1);
    }

    @Test
    void deferredLinesAreRetriedWhenStockArrivesAndGoToTheChangedAddress() throws Exception {
        world.location("ADR-BER", BERLIN, null);
        world.location("ADR-MUC", MUNICH, null);
        world.stock("ADR-A", "ADR-BER", 0);
        world.stock("ADR-A", "ADR-MUC", 0);
        world.awaitReplicas();
        UUID orderId = UUID.randomUUID();
        world.publish(shipOrder(orderId, POTSDAM, line("1", "ADR-A", 1)));
        awaitQueued(orderId);
        drain.drain();
        assertThat(world.count("SELECT count(*) FROM deferred_line WHERE order_id = ? AND status = 'DEFERRED'", orderId)).isEqualTo(1);

        world.deliveryChanged(orderId, MUNICH_CUSTOMER);
        await().atMost(Duration.ofSeconds(30)).until(() -> world.count(
                "SELECT count(*) FROM routed_order WHERE order_id = ? AND latitude = 48.15", orderId) == 1);
        world.stock("ADR-A", "ADR-BER", 5, 2);
        world.stock("ADR-A", "ADR-MUC", 5, 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> world.count(
                "SELECT count(*) FROM availability_replica WHERE sku = 'ADR-A' AND available = 5") == 2);
        awaitQueued(orderId); // the availability change queued the waiting order again

        drain.drain();

        assertThat(world.fulfillments(orderId)).singleElement()
                .satisfies(r -> assertThat(r.get("location_id")).isEqualTo("ADR-MUC"));
        assertThat(world.count("SELECT count(*) FROM deferred_line WHERE order_id = ?", orderId)).isZero();
        assertThat(jdbc.queryForList("SELECT trigger FROM routing_decision WHERE order_id = ? ORDER BY decided_at", String.class,
                orderId)).containsExactly("ORDER_ACCEPTED", "AVAILABILITY_CHANGED");
        List<ConsumerRecord<String, byte[]>> events = TopicProbe.atLeast(wire.bootstrap(), Topics.FULFILLMENT_EVENTS.name(), 2,
                orderId.toString());
        assertThat(events).extracting(e -> TopicProbe.header(e, CloudEventHeaders.TYPE)).containsExactly(
                "omnidom.routing.fulfillment-deferred.v1", "omnidom.routing.fulfillment-assigned.v1");
        JsonNode assigned = Http.JSON.readTree(events.get(1).value());
        assertThat(assigned.get("channel").asString()).isEqualTo("WEB_SHOP");
        assertThat(assigned.get("manual").asBoolean()).isFalse();
        assertThat(assigned.get("promisedBy").isNull()).isTrue();
    }

    private void awaitQueued(UUID orderId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> world.count(
                "SELECT count(*) FROM routing_queue WHERE order_id = ?", orderId) == 1);
    }

    private static long drainerLockKey() {
        return DrainRoutingQueue.LOCK_KEY;
    }
}
