package com.omnidom.routing.decision;

import com.omnidom.events.CloudEventHeaders;
import com.omnidom.events.Topics;
import com.omnidom.events.order.OrderAccepted;
import com.omnidom.routing.World;
import com.omnidom.routing.decision.application.DeferralWatch;
import com.omnidom.routing.decision.domain.DeferredLines;
import com.omnidom.routing.fulfillment.domain.LineQuantity;
import com.omnidom.routing.replica.application.AvailabilityNoted;
import com.omnidom.routing.replica.application.ReplicaLocation;
import com.omnidom.routing.replica.application.Replicas;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.Wire;
import com.omnidom.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.omnidom.events.catalog.LocationChanged.Capability.PICKUP;
import static com.omnidom.events.catalog.LocationChanged.Capability.SHIP;
import static com.omnidom.routing.World.BERLIN;
import static com.omnidom.routing.World.HAMBURG;
import static com.omnidom.routing.World.MUNICH;
import static com.omnidom.routing.World.POTSDAM;
import static com.omnidom.routing.World.line;
import static com.omnidom.routing.World.pickupOrder;
import static com.omnidom.routing.World.shipOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@OmnidomServiceTest
@RecordApplicationEvents
class RoutingIT {

    private static final String FULFILLMENTS = Topics.FULFILLMENT_EVENTS.name();

    @Autowired
    Replicas replicas;

    private final JdbcTemplate jdbc;
    private final Wire wire;
    private final World world;

    RoutingIT(Wire wire, @Autowired JdbcTemplate jdbc) {
        this.wire = wire;
        this.jdbc = jdbc;
        this.world = new World(wire, jdbc);
    }

    @Test
    void splitsAnOrderThatOnlyTwoLocationsCanServeTogether() {
        world.location("SPLIT-WH-A", HAMBURG, null);
        world.location("SPLIT-WH-B", MUNICH, null);
        world.stock("SPLIT-A", "SPLIT-WH-A", 5);
        world.stock("SPLIT-B", "SPLIT-WH-B", 5);
        world.awaitReplicas();
        UUID orderId = UUID.randomUUID();

        world.publish(shipOrder(orderId, POTSDAM, line("1", "SPLIT-A", 2), line("2", "SPLIT-B", 1)));

        List<Map<String, Object>> rows = world.awaitFulfillments(orderId, 2);
        assertThat(rows).extracting(r -> r.get("location_id")).containsExactlyInAnyOrder("SPLIT-WH-A", "SPLIT-WH-B");
        assertThat(rows).extracting(r -> r.get("status")).containsOnly("ASSIGNED");
        List<ConsumerRecord<String, byte[]>> events = TopicProbe.atLeast(wire.bootstrap(), FULFILLMENTS, 2, orderId.toString());
        assertThat(events).hasSize(2);
        for (ConsumerRecord<String, byte[]> event : events) {
            assertThat(TopicProbe.header(event, CloudEventHeaders.TYPE)).isEqualTo("omnidom.routing.fulfillment-assigned.v1");
            assertThat(TopicProbe.header(event, CloudEventHeaders.SUBJECT)).isEqualTo(orderId.toString());
            assertThat(TopicProbe.header(event, CloudEventHeaders.SOURCE)).isEqualTo("/omnidom/routing-service");
            assertThat(TopicProbe.header(event, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(TopicProbe.header(event, CloudEventHeaders.ID)).isNotBlank();
            JsonNode body = Http.JSON.readTree(event.value());
            assertThat(body.get("mode").asString()).isEqualTo("SHIP");
            String expectedSku = body.get("locationId").asString().equals("SPLIT-WH-A") ? "SPLIT-A" : "SPLIT-B";
            assertThat(body.at("/lines/0/sku").asString()).isEqualTo(expectedSku);
            assertThat(body.get("lines").size()).isEqualTo(1);
        }
        assertThat(world.count("SELECT count(*) FROM routing_decision WHERE order_id = ?", orderId)).isEqualTo(1);
    }

    @Test
    void prefersTheNearestOfSeveralLocationsThatServeEverything() {
        world.location("NEAR-MUC", MUNICH, null);
        world.location("NEAR-BER", BERLIN, null);
        world.location("NEAR-HAM", HAMBURG, null);
        for (String location : List.of("NEAR-MUC", "NEAR-BER", "NEAR-HAM")) {
            world.stock("NEAR-A", location, 10);
            world.stock("NEAR-B", location, 10);
        }
        world.awaitReplicas();
        UUID orderId = UUID.randomUUID();

        world.publish(shipOrder(orderId, POTSDAM, line("1", "NEAR-A", 1), line("2", "NEAR-B", 3)));

        List<Map<String, Object>> rows = world.awaitFulfillments(orderId, 1);
        assertThat(rows).singleElement().satisfies(r -> assertThat(r.get("location_id")).isEqualTo("NEAR-BER"));
        String explanation = jdbc.queryForObject("SELECT explanation::text FROM routing_decision WHERE order_id = ?",
                String.class, orderId);
        assertThat(explanation).contains("NEAR-BER").contains("km away");
    }

    @Test
    void pickupOrderGoesToThePickupStore() {
        world.location("PICK-WH-NEAR", BERLIN, null, SHIP);
        world.location("PICK-STORE", MUNICH, null, SHIP, PICKUP);
        world.stock("PICK-A", "PICK-WH-NEAR", 10);
        world.stock("PICK-A", "PICK-STORE", 2);
        world.awaitReplicas();
        UUID orderId = UUID.randomUUID();

        world.publish(pickupOrder(orderId, "PICK-STORE", line("1", "PICK-A", 2)));

        assertThat(world.awaitFulfillments(orderId, 1)).singleElement().satisfies(r -> {
            assertThat(r.get("location_id")).isEqualTo("PICK-STORE");
            assertThat(r.get("mode")).isEqualTo("PICKUP");
        });
        JsonNode body = Http.JSON.readTree(TopicProbe.atLeast(wire.bootstrap(), FULFILLMENTS, 1, orderId.toString()).getFirst().value());
        assertThat(body.get("mode").asString()).isEqualTo("PICKUP");
    }

    @Test
    void linesNoLocationCanServeNowAreDeferred() {
        world.location("UNR-WH", BERLIN, null);
        world.stock("UNR-A", "UNR-WH", 10);
        world.stock("UNR-B", "UNR-WH", 1);
        world.awaitReplicas();
        UUID orderId = UUID.randomUUID();

        world.publish(shipOrder(orderId, POTSDAM, line("1", "UNR-A", 1), line("2", "UNR-B", 5), line("3", "UNR-NOWHERE", 1)));

        List<ConsumerRecord<String, byte[]>> events = TopicProbe.atLeast(wire.bootstrap(), FULFILLMENTS, 2, orderId.toString());
        assertThat(events).extracting(e -> TopicProbe.header(e, CloudEventHeaders.TYPE)).containsExactly(
                "omnidom.routing.fulfillment-assigned.v1", "omnidom.routing.fulfillment-deferred.v1");
        JsonNode deferred = Http.JSON.readTree(events.get(1).value());
        assertThat(deferred.get("lines").valueStream().map(l -> l.get("lineId").asString())).containsExactly("2", "3");
        assertThat(deferred.get("reason").asString()).isNotBlank();
        assertThat(Instant.parse(deferred.get("retryUntil").asString())).isAfter(Instant.now().plus(Duration.ofHours(47)));
        assertThat(world.fulfillments(orderId)).singleElement().satisfies(r -> assertThat(r.get("location_id")).isEqualTo("UNR-WH"));
        assertThat(jdbc.queryForList("SELECT line_id FROM deferred_line WHERE order_id = ? AND status = 'DEFERRED' ORDER BY line_id",
                String.class, orderId)).containsExactly("2", "3");
    }

    @Test
    void reroutesElsewhereWhenStockAllocationFails() {
        world.location("FAIL-BER", BERLIN, 10);
        world.location("FAIL-HAM", HAMBURG, 10);
        world.stock("FAIL-A", "FAIL-BER", 10);
        world.stock("FAIL-A", "FAIL-HAM", 10);
        world.awaitReplicas();
        UUID orderId = UUID.randomUUID();
        world.publish(shipOrder(orderId, POTSDAM, line("1", "FAIL-A", 2)));
        Map<String, Object> first = world.awaitFulfillments(orderId, 1).getFirst();
        assertThat(first.get("location_id")).isEqualTo("FAIL-BER");
        assertThat(capacityOrders("FAIL-BER")).isEqualTo(1);

        world.allocationFailed(orderId, (UUID) first.get("id"), "FAIL-BER");

        List<Map<String, Object>> rows = world.awaitFulfillments(orderId, 2);
        assertThat(rows.get(0).get("status")).isEqualTo("FAILED");
        assertThat(rows.get(1).get("location_id")).isEqualTo("FAIL-HAM");
        assertThat(rows.get(1).get("status")).isEqualTo("ASSIGNED");
        assertThat(capacityOrders("FAIL-BER")).isZero();
        assertThat(capacityOrders("FAIL-HAM")).isEqualTo(1);
        assertThat(world.count("SELECT count(*) FROM order_exclusion WHERE order_id = ? AND location_id = 'FAIL-BER'", orderId))
                .isEqualTo(1);
        List<ConsumerRecord<String, byte[]>> events = TopicProbe.atLeast(wire.bootstrap(), FULFILLMENTS, 2, orderId.toString());
        assertThat(Http.JSON.readTree(events.get(1).value()).get("locationId").asString()).isEqualTo("FAIL-HAM");
        assertThat(world.count("SELECT count(*) FROM routing_decision WHERE order_id = ? AND trigger = 'STOCK_ALLOCATION_FAILED'",
                orderId)).isEqualTo(1);

        // the second location fails too: nothing is left, the line waits for stock
        world.allocationFailed(orderId, (UUID) rows.get(1).get("id"), "FAIL-HAM");
        List<ConsumerRecord<String, byte[]>> more = TopicProbe.atLeast(wire.bootstrap(), FULFILLMENTS, 3, orderId.toString());
        assertThat(TopicProbe.header(more.get(2), CloudEventHeaders.TYPE)).isEqualTo("omnidom.routing.fulfillment-deferred.v1");
        assertThat(Http.JSON.readTree(more.get(2).value()).get("reason").asString()).isNotBlank();
        await().atMost(Duration.ofSeconds(30)).until(() -> world.count(
                "SELECT count(*) FROM routing_decision WHERE order_id = ?", orderId) == 3);
        assertThat(jdbc.queryForObject("SELECT explanation -> 'excluded' FROM routing_decision WHERE order_id = ? "
                + "ORDER BY decided_at DESC LIMIT 1", String.class, orderId)).isEqualTo("[\"FAIL-BER\", \"FAIL-HAM\"]");
    }

    @Test
    void fullCapacitySendsTheOrderToAnotherLocation() {
        world.location("CAP-BER", BERLIN, 1);
        world.location("CAP-HAM", HAMBURG, null);
        world.stock("CAP-A", "CAP-BER", 10);
        world.stock("CAP-A", "CAP-HAM", 10);
        world.awaitReplicas();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        world.publish(shipOrder(first, POTSDAM, line("1", "CAP-A", 1)));
        assertThat(world.awaitFulfillments(first, 1).getFirst().get("location_id")).isEqualTo("CAP-BER");
        world.publish(shipOrder(second, POTSDAM, line("1", "CAP-A", 1)));

        assertThat(world.awaitFulfillments(second, 1).getFirst().get("location_id")).isEqualTo("CAP-HAM");
        assertThat(capacityOrders("CAP-BER")).isEqualTo(1);
    }

    @Test
    void duplicateOrderAcceptedChangesNothing() {
        world.location("DUP-BER", BERLIN, null);
        world.stock("DUP-A", "DUP-BER", 10);
        world.awaitReplicas();
        UUID orderId = UUID.randomUUID();
        OrderAccepted accepted = shipOrder(orderId, POTSDAM, line("1", "DUP-A", 1));
        OrderAccepted republished = new OrderAccepted(UUID.randomUUID(), accepted.occurredAt(), orderId, accepted.orderNumber(),
                accepted.channel(), accepted.customer(), accepted.lines(), accepted.currency(), accepted.total(),
                accepted.delivery(), accepted.tenders(), accepted.priority());

        world.publish(accepted);
        world.publish(accepted);
        world.publish(republished);

        // same partition: once the last one (the re-published order) is processed, so are the ones before
        await().atMost(Duration.ofSeconds(30)).until(() -> world.count(
                "SELECT count(*) FROM processed_event WHERE event_id = ?", republished.eventId()) == 1);
        world.awaitFulfillments(orderId, 1); // routed in the next priority window
        await().atMost(Duration.ofSeconds(5)).until(() -> world.count("SELECT count(*) FROM routing_queue") == 0);
        assertThat(world.fulfillments(orderId)).hasSize(1);
        assertThat(world.count("SELECT count(*) FROM routing_decision WHERE order_id = ?", orderId)).isEqualTo(1);
        assertThat(world.count("SELECT count(*) FROM outbox WHERE aggregateid = ?", orderId.toString())).isEqualTo(1);
        assertThat(world.count("SELECT count(*) FROM processed_event WHERE event_id = ?", accepted.eventId())).isEqualTo(1);
    }

    @Test
    void replicaKeepsTheHighestVersion() {
        ReplicaLocation v2 = new ReplicaLocation("VER-1", 2, "STORE", 52.5, 13.4, "Europe/Berlin", List.of("SHIP"), 5, null, false);
        ReplicaLocation v1 = new ReplicaLocation("VER-1", 1, "STORE", 52.5, 13.4, "Europe/Berlin", List.of("SHIP"), 9, null, true);

        assertThat(replicas.noteLocationChanged(v2)).isTrue();
        assertThat(replicas.noteLocationChanged(v1)).isFalse();
        assertThat(replicas.noteLocationChanged(v2)).isFalse();
        assertThat(replicas.noteAvailabilityChanged("VER-A", "VER-1", 7, 3)).isTrue();
        assertThat(replicas.noteAvailabilityChanged("VER-A", "VER-1", 1, 2)).isFalse();

        assertThat(jdbc.queryForMap("SELECT version, active, orders_per_day FROM location_replica WHERE location_id = 'VER-1'"))
                .containsEntry("version", 2L).containsEntry("active", false).containsEntry("orders_per_day", 5);
        assertThat(jdbc.queryForObject("SELECT available FROM availability_replica WHERE sku = 'VER-A'", Integer.class)).isEqualTo(7);
    }

    @Autowired ApplicationEvents applicationEvents;

    @Test
    void onlyMoreStockThanBeforeWakesTheLinesThatWaitForIt() {
        replicas.noteAvailabilityChanged("GROW-A", "GROW-1", 5, 1); // a first figure
        replicas.noteAvailabilityChanged("GROW-A", "GROW-1", 3, 2); // allocated elsewhere: fewer
        replicas.noteAvailabilityChanged("GROW-A", "GROW-1", 3, 3); // the same
        replicas.noteAvailabilityChanged("GROW-A", "GROW-1", 4, 4); // a delivery: more
        replicas.noteAvailabilityChanged("GROW-A", "GROW-1", 9, 3); // an older version: not taken, no notice

        assertThat(applicationEvents.stream(AvailabilityNoted.class).filter(n -> n.sku().equals("GROW-A"))
                .map(AvailabilityNoted::grew)).containsExactly(true, false, false, true);
    }

    @Autowired DeferralWatch deferralWatch;
    @Autowired DeferredLines deferredLines;
    @Autowired PlatformTransactionManager transactions;

    /**
     * The race of a decision with a growth: the decision read no stock, the growth commits and wakes the lines that
     * wait for it before this decision's line is among them (uncommitted), then the decision defers it. Its look
     * under the deferral lock sees the growth and queues the order, which is then routed to the stock.
     */
    @Test
    void aGrowthCommittedWhileTheDecisionWasDeferringStillWakesTheLine() throws Exception {
        world.location("RACE-WH", BERLIN, null);
        world.awaitReplicas();
        UUID orderId = UUID.randomUUID();
        world.publish(shipOrder(orderId, POTSDAM, line("1", "RACE-A", 2)));
        await().atMost(Duration.ofSeconds(30)).until(() -> world.count("SELECT count(*) FROM deferred_line WHERE order_id = ?", orderId) == 1);
        // as before the decision's deferral: the order routed, its line not yet waiting
        jdbc.update("DELETE FROM deferred_line WHERE order_id = ?", orderId);

        Boolean queued = new TransactionTemplate(transactions).execute(tx -> {
            var before = deferralWatch.before(List.of("RACE-A"));
            Instant now = Instant.now();
            deferredLines.defer(orderId, List.of(new LineQuantity("1", "RACE-A", 2)), "no stock", now, now.plus(Duration.ofHours(1)));
            // the growth commits in its own transaction meanwhile, and its wake-up cannot see the uncommitted line
            Thread growth = Thread.ofPlatform().start(() -> replicas.noteAvailabilityChanged("RACE-A", "RACE-WH", 5, 1));
            try {
                growth.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return deferralWatch.deferred(orderId, List.of("RACE-A"), before);
        });

        assertThat(queued).isTrue();
        assertThat(world.awaitFulfillments(orderId, 1)).singleElement().satisfies(r -> assertThat(r.get("location_id")).isEqualTo("RACE-WH"));
        assertThat(jdbc.queryForObject("SELECT trigger FROM routing_decision WHERE order_id = ? ORDER BY decided_at DESC LIMIT 1",
                String.class, orderId)).isEqualTo("AVAILABILITY_CHANGED");
    }

    @Test
    void aDeferralSeesNoGrowthWhenStockOnlyFell() {
        replicas.noteAvailabilityChanged("FALL-A", "FALL-WH", 5, 1);
        UUID orderId = UUID.randomUUID();
        Boolean queued = new TransactionTemplate(transactions).execute(tx -> {
            var before = deferralWatch.before(List.of("FALL-A"));
            replicas.noteAvailabilityChanged("FALL-A", "FALL-WH", 2, 2);
            return deferralWatch.deferred(orderId, List.of("FALL-A"), before);
        });
        assertThat(queued).isFalse();
    }

    private long capacityOrders(String locationId) {
        return world.count("SELECT coalesce(sum(orders), 0) FROM capacity_use WHERE location_id = ?", locationId);
    }
}
