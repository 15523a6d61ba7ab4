package com.omnidom.routing.decision;

import com.omnidom.events.CloudEventHeaders;
import com.omnidom.events.Topics;
import com.omnidom.platform.security.Roles;
import com.omnidom.routing.World;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.TestCaller;
import com.omnidom.testsupport.Wire;
import com.omnidom.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.omnidom.events.catalog.LocationChanged.Capability.PICKUP;
import static com.omnidom.routing.World.BERLIN;
import static com.omnidom.routing.World.HAMBURG;
import static com.omnidom.routing.World.MUNICH;
import static com.omnidom.routing.World.POTSDAM;
import static com.omnidom.routing.World.cancelled;
import static com.omnidom.routing.World.line;
import static com.omnidom.routing.World.shipOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What happens to an order after it was routed: cancellations, a new delivery address, an operator's assignment. */
@OmnidomServiceTest
class OrderChangesIT {

    private static final String FULFILLMENTS = Topics.FULFILLMENT_EVENTS.name();

    private final JdbcTemplate jdbc;
    private final Wire wire;
    private final World world;
    private final Http http;

    OrderChangesIT(Http http, Wire wire, @Autowired JdbcTemplate jdbc) {
        this.http = http;
        this.wire = wire;
        this.jdbc = jdbc;
        this.world = new World(wire, jdbc);
    }

    @Test
    void cancellationTakesUnitsOutOfTheFulfilmentAndFreesItsCapacity() {
        world.location("CAN-BER", BERLIN, 10);
        world.stock("CAN-A", "CAN-BER", 5);
        world.stock("CAN-B", "CAN-BER", 5);
        world.awaitReplicas();
        UUID orderId = UUID.randomUUID();
        world.publish(shipOrder(orderId, POTSDAM, line("1", "CAN-A", 2), line("2", "CAN-B", 1)));
        UUID fulfillment = (UUID) world.awaitFulfillments(orderId, 1).getFirst().get("id");
        assertThat(capacity("CAN-BER")).containsEntry("orders", 1).containsEntry("units", 3);

        world.cancel(orderId, cancelled("1", "CAN-A", 1));

        List<ConsumerRecord<String, byte[]>> events = TopicProbe.atLeast(wire.bootstrap(), FULFILLMENTS, 2, orderId.toString());
        assertThat(TopicProbe.header(events.get(1), CloudEventHeaders.TYPE)).isEqualTo("omnidom.routing.fulfillment-cancelled.v1");
        JsonNode partial = Http.JSON.readTree(events.get(1).value());
        assertThat(partial.get("fulfillmentId").asString()).isEqualTo(fulfillment.toString());
        assertThat(partial.get("locationId").asString()).isEqualTo("CAN-BER");
        assertThat(partial.get("reason").asString()).isEqualTo("CUSTOMER_REQUEST");
        assertThat(partial.get("lines").valueStream().map(l -> l.get("lineId").asString() + "x" + l.get("quantity").asInt()))
                .containsExactly("1x1");
        JsonNode view = http.get("/api/v1/fulfillments/" + fulfillment).json();
        assertThat(view.get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(view.get("lines").valueStream().map(l -> l.get("lineId").asString() + "x" + l.get("quantity").asInt()))
                .containsExactly("1x1", "2x1");
        assertThat(capacity("CAN-BER")).containsEntry("orders", 1).containsEntry("units", 2);

        // the rest of the order: the fulfilment loses its last lines and ends
        world.cancel(orderId, cancelled("1", "CAN-A", 1), cancelled("2", "CAN-B", 1));

        world.awaitStatus(fulfillment, "CANCELLED");
        List<ConsumerRecord<String, byte[]>> all = TopicProbe.atLeast(wire.bootstrap(), FULFILLMENTS, 3, orderId.toString());
        assertThat(Http.JSON.readTree(all.get(2).value()).get("lines").valueStream()
                .map(l -> l.get("lineId").asString() + "x" + l.get("quantity").asInt())).containsExactly("1x1", "2x1");
        assertThat(capacity("CAN-BER")).containsEntry("orders", 0).containsEntry("units", 0);
        assertThat(jdbc.queryForObject("SELECT lines::text FROM routed_order WHERE order_id = ?", String.class, orderId))
                .isEqualTo("[]");
    }

    @Test
    void cancellationLeavesShippedUnitsAndDropsDeferredLines() {
        world.location("CSH-HAM", HAMBURG, 10);
        world.location("CSH-MUC", MUNICH, 10);
        world.stock("CSH-A", "CSH-HAM", 5);
        world.stock("CSH-B", "CSH-MUC", 5);
        world.awaitReplicas();
        UUID orderId = UUID.randomUUID();
        world.publish(shipOrder(orderId, POTSDAM, line("1", "CSH-A", 1), line("2", "CSH-B", 1), line("3", "CSH-NOWHERE", 4)));
        List<Map<String, Object>> rows = world.awaitFulfillments(orderId, 2);
        UUID hamburg = (UUID) rows.stream().filter(r -> r.get("location_id").equals("CSH-HAM")).findFirst().orElseThrow().get("id");
        UUID munich = (UUID) rows.stream().filter(r -> r.get("location_id").equals("CSH-MUC")).findFirst().orElseThrow().get("id");
        await().atMost(Duration.ofSeconds(30)).until(() -> world.count(
                "SELECT count(*) FROM deferred_line WHERE order_id = ? AND line_id = '3'", orderId) == 1);
        world.allocated(orderId, hamburg, "CSH-HAM");
        world.awaitStatus(hamburg, "ALLOCATED");
        assertThat(http.post("/api/v1/fulfillments/" + hamburg + "/ship", Map.of("carrier", "DHL", "trackingNumber", "1")).status())
                .isEqualTo(200);

        // the whole order: what was shipped stays shipped
        world.cancel(orderId, cancelled("1", "CSH-A", 1), cancelled("2", "CSH-B", 1), cancelled("3", "CSH-NOWHERE", 4));

        world.awaitStatus(munich, "CANCELLED");
        assertThat(world.count("SELECT count(*) FROM deferred_line WHERE order_id = ?", orderId)).isZero();
        JsonNode shipped = http.get("/api/v1/fulfillments/" + hamburg).json();
        assertThat(shipped.get("status").asString()).isEqualTo("SHIPPED");
        assertThat(shipped.at("/lines/0/quantity").asInt()).isEqualTo(1);
        List<ConsumerRecord<String, byte[]>> events = TopicProbe.atLeast(wire.bootstrap(), FULFILLMENTS, 5, orderId.toString());
        List<JsonNode> cancellations = events.stream()
                .filter(e -> "omnidom.routing.fulfillment-cancelled.v1".equals(TopicProbe.header(e, CloudEventHeaders.TYPE)))
                .map(e -> Http.JSON.readTree(e.value())).toList();
        assertThat(cancellations).singleElement().satisfies(c -> assertThat(c.get("locationId").asString()).isEqualTo("CSH-MUC"));
        assertThat(jdbc.queryForObject("SELECT lines::text FROM routed_order WHERE order_id = ?", String.class, orderId))
                .contains("\"lineId\": \"1\"").doesNotContain("\"lineId\": \"2\"").doesNotContain("\"lineId\": \"3\"");
    }

    @Test
    void operatorAssignsDeferredLinesOverridingAFenceButNeverStockAndIsTheTokensSubject() {
        world.location("MAN-PICK", BERLIN, null, PICKUP); // no SHIP: routing may not send a SHIP order there
        world.location("MAN-EMPTY", HAMBURG, null);
        world.stock("MAN-A", "MAN-PICK", 3);
        world.stock("MAN-A", "MAN-EMPTY", 0);
        world.awaitReplicas();
        UUID orderId = UUID.randomUUID();
        world.publish(shipOrder(orderId, POTSDAM, line("1", "MAN-A", 2)));
        await().atMost(Duration.ofSeconds(30)).until(() -> world.count(
                "SELECT count(*) FROM deferred_line WHERE order_id = ? AND status = 'DEFERRED'", orderId) == 1);

        Http.Response noStock = http.post("/api/v1/orders/" + orderId + "/manual-assignments", manual("MAN-EMPTY", 2));
        // the body names jane.doe; the operator recorded is the token's subject
        Http.Response assigned = http.as(TestCaller.of("olga", Roles.OPS))
                .post("/api/v1/orders/" + orderId + "/manual-assignments", manual("MAN-PICK", 2));
        Http.Response again = http.post("/api/v1/orders/" + orderId + "/manual-assignments", manual("MAN-PICK", 1));

        assertThat(noStock.status()).isEqualTo(409);
        assertThat(noStock.contentType()).startsWith("application/problem+json");
        assertThat(noStock.json().get("detail").asString()).contains("never stock");
        assertThat(assigned.status()).isEqualTo(201);
        assertThat(assigned.json().at("/fulfillment/locationId").asString()).isEqualTo("MAN-PICK");
        assertThat(assigned.json().at("/fulfillment/manual").asBoolean()).isTrue();
        assertThat(assigned.json().get("overriddenFences").valueStream().map(JsonNode::asString))
                .containsExactly("location does not offer SHIP");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("0 open units");
        assertThat(world.count("SELECT count(*) FROM deferred_line WHERE order_id = ?", orderId)).isZero();
        List<ConsumerRecord<String, byte[]>> events = TopicProbe.atLeast(wire.bootstrap(), FULFILLMENTS, 2, orderId.toString());
        JsonNode event = Http.JSON.readTree(events.get(1).value());
        assertThat(TopicProbe.header(events.get(1), CloudEventHeaders.TYPE)).isEqualTo("omnidom.routing.fulfillment-assigned.v1");
        assertThat(event.get("manual").asBoolean()).isTrue();
        assertThat(event.get("locationId").asString()).isEqualTo("MAN-PICK");
        JsonNode decision = http.get("/api/v1/orders/" + orderId + "/routing-decisions").json().get(1);
        assertThat(decision.get("strategy").asString()).isEqualTo("MANUAL");
        assertThat(decision.at("/explanation/operator").asString()).isEqualTo("olga");
        assertThat(decision.toString()).doesNotContain("jane.doe");
        assertThat(decision.at("/explanation/overriddenFences/0").asString()).isEqualTo("location does not offer SHIP");
    }

    @Test
    void badManualAssignmentsAreProblems() {
        world.location("MBAD-BER", BERLIN, null);
        world.stock("MBAD-A", "MBAD-BER", 0);
        world.awaitReplicas();
        UUID orderId = UUID.randomUUID();
        world.publish(shipOrder(orderId, POTSDAM, line("1", "MBAD-A", 1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> world.count(
                "SELECT count(*) FROM deferred_line WHERE order_id = ?", orderId) == 1);

        Http.Response unknownOrder = http.post("/api/v1/orders/" + UUID.randomUUID() + "/manual-assignments", manual("MBAD-BER", 1));
        Http.Response unknownLocation = http.post("/api/v1/orders/" + orderId + "/manual-assignments", manual("NOWHERE", 1));
        Http.Response noLines = http.post("/api/v1/orders/" + orderId + "/manual-assignments",
                Map.of("locationId", "MBAD-BER", "lines", List.of(), "operator", "jane.doe", "reason", "test"));
        Http.Response tooMany = http.post("/api/v1/orders/" + orderId + "/manual-assignments", manual("MBAD-BER", 2));

        assertThat(unknownOrder.status()).isEqualTo(404);
        assertThat(unknownLocation.status()).isEqualTo(422);
        assertThat(unknownLocation.json().at("/errors/0/field").asString()).isEqualTo("locationId");
        assertThat(noLines.status()).isEqualTo(400);
        assertThat(noLines.json().at("/errors/0/field").asString()).isEqualTo("lines");
        assertThat(tooMany.status()).isEqualTo(409);
        assertThat(world.count("SELECT count(*) FROM fulfillment_order WHERE order_id = ?", orderId)).isZero();
    }

    private static Map<String, Object> manual(String locationId, int quantity) {
        return Map.of("locationId", locationId, "lines", List.of(Map.of("lineId", "1", "quantity", quantity)),
                "operator", "jane.doe", "reason", "customer agreed by phone");
    }

    private Map<String, Object> capacity(String locationId) {
        return jdbc.queryForMap("SELECT coalesce(sum(orders), 0)::int AS orders, coalesce(sum(units), 0)::int AS units "
                + "FROM capacity_use WHERE location_id = ?", locationId);
    }
}
