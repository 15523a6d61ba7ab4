package com.omnidom.routing.fulfillment;

import com.omnidom.events.CloudEventHeaders;
import com.omnidom.events.Topics;
import com.omnidom.routing.World;
import com.omnidom.routing.decision.application.CapacityGauges;
import com.omnidom.testsupport.CommittedOpenApi;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.Wire;
import com.omnidom.testsupport.TopicProbe;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
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
import static com.omnidom.events.catalog.LocationChanged.Capability.SHIP;
import static com.omnidom.routing.World.BERLIN;
import static com.omnidom.routing.World.HAMBURG;
import static com.omnidom.routing.World.POTSDAM;
import static com.omnidom.routing.World.line;
import static com.omnidom.routing.World.pickupOrder;
import static com.omnidom.routing.World.shipOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

@OmnidomServiceTest
class FulfillmentsIT {

    private static final String FULFILLMENTS = Topics.FULFILLMENT_EVENTS.name();

    private final JdbcTemplate jdbc;
    private final Wire wire;
    private final World world;
    private final Http http;
    private final MeterRegistry meters;
    @Autowired
    CapacityGauges capacityGauges;

    FulfillmentsIT(Http http, Wire wire, @Autowired JdbcTemplate jdbc, @Autowired MeterRegistry meters) {
        this.http = http;
        this.meters = meters;
        this.wire = wire;
        this.jdbc = jdbc;
        this.world = new World(wire, jdbc);
    }

    @Test
    void rejectionReroutesTheLinesToAnotherLocation() {
        world.location("REJ-BER", BERLIN, 10);
        world.location("REJ-HAM", HAMBURG, 10);
        world.stock("REJ-A", "REJ-BER", 5);
        world.stock("REJ-A", "REJ-HAM", 5);
        world.awaitReplicas();
        double assigned = count("omnidom.fulfillment.orders", "transition", "assigned", "location_type", "STORE");
        double rejectedBefore = count("omnidom.fulfillment.orders", "transition", "rejected", "location_type", "STORE");
        double notFound = count("omnidom.fulfillment.rejections", "reason", "NOT_FOUND", "location_type", "STORE");
        double unsplit = count("omnidom.routing.orders", "profile", "default", "split", "false");
        long decisionsTimed = timer("omnidom.routing.decision", "profile", "default").count();
        long shipments = summary("omnidom.routing.shipments.per.order").count();
        double shipmentsSum = summary("omnidom.routing.shipments.per.order").totalAmount();
        long costs = summary("omnidom.routing.order.cost").count();
        long fullyAssigned = timer("omnidom.order.time.to.assigned").count();
        UUID orderId = UUID.randomUUID();
        world.publish(shipOrder(orderId, POTSDAM, line("1", "REJ-A", 2)));
        UUID first = (UUID) world.awaitFulfillments(orderId, 1).getFirst().get("id");

        Http.Response rejected = http.post("/api/v1/fulfillments/" + first + "/reject", Map.of("reason", "NOT_FOUND"));

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.json().get("rejectionReason").asString()).isEqualTo("NOT_FOUND");
        world.awaitFulfillments(orderId, 2); // re-routed in the next priority window
        JsonNode ofOrder = http.get("/api/v1/orders/" + orderId + "/fulfillments").json();
        assertThat(ofOrder.valueStream().map(f -> f.get("locationId").asString() + ":" + f.get("status").asString()))
                .containsExactly("REJ-BER:REJECTED", "REJ-HAM:ASSIGNED");
        List<ConsumerRecord<String, byte[]>> events = TopicProbe.atLeast(wire.bootstrap(), FULFILLMENTS, 3, orderId.toString());
        assertThat(events).extracting(e -> TopicProbe.header(e, CloudEventHeaders.TYPE)).containsExactly(
                "omnidom.routing.fulfillment-assigned.v1", "omnidom.routing.fulfillment-rejected.v1",
                "omnidom.routing.fulfillment-assigned.v1");
        JsonNode rejection = Http.JSON.readTree(events.get(1).value());
        assertThat(rejection.get("reason").asString()).isEqualTo("NOT_FOUND");
        assertThat(rejection.at("/lines/0/quantity").asInt()).isEqualTo(2);
        assertThat(Http.JSON.readTree(events.get(2).value()).get("locationId").asString()).isEqualTo("REJ-HAM");
        assertThat(world.count("SELECT coalesce(sum(orders), 0) FROM capacity_use WHERE location_id = 'REJ-BER'")).isZero();

        JsonNode decisions = http.get("/api/v1/orders/" + orderId + "/routing-decisions").json();
        assertThat(decisions.valueStream().map(d -> d.get("trigger").asString()))
                .containsExactly("ORDER_ACCEPTED", "FULFILLMENT_REJECTED");
        assertThat(decisions.get(1).at("/explanation/excluded/0").asString()).isEqualTo("REJ-BER");

        assertThat(http.post("/api/v1/fulfillments/" + first + "/reject", Map.of("reason", "DAMAGED")).status()).isEqualTo(409);

        // two decisions (each one location, the engine asked once each), one rejection; the re-route is no new "time to assigned"
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                count("omnidom.fulfillment.orders", "transition", "assigned", "location_type", "STORE") - assigned).isEqualTo(2));
        assertThat(count("omnidom.fulfillment.orders", "transition", "rejected", "location_type", "STORE") - rejectedBefore)
                .isEqualTo(1);
        assertThat(count("omnidom.fulfillment.rejections", "reason", "NOT_FOUND", "location_type", "STORE") - notFound)
                .isEqualTo(1);
        assertThat(count("omnidom.routing.orders", "profile", "default", "split", "false") - unsplit).isEqualTo(2);
        assertThat(timer("omnidom.routing.decision", "profile", "default").count() - decisionsTimed).isEqualTo(2);
        assertThat(summary("omnidom.routing.shipments.per.order").count() - shipments).isEqualTo(2);
        assertThat(summary("omnidom.routing.shipments.per.order").totalAmount() - shipmentsSum).isEqualTo(2.0);
        assertThat(summary("omnidom.routing.order.cost").count() - costs).isEqualTo(2);
        assertThat(timer("omnidom.order.time.to.assigned").count() - fullyAssigned).isEqualTo(1);
        // one order of ten today at Hamburg; Berlin's was given back with the rejection
        capacityGauges.refresh();
        assertThat(meters.get("omnidom.location.capacity.used.ratio").tag("location", "REJ-HAM").gauge().value())
                .isCloseTo(0.1, within(1e-9));
        assertThat(meters.get("omnidom.location.capacity.used.ratio").tag("location", "REJ-BER").gauge().value()).isZero();
    }

    @Test
    void shipsAfterAllocationAndAcknowledgement() {
        double acknowledged = count("omnidom.fulfillment.orders", "transition", "acknowledged", "location_type", "STORE");
        double shippedBefore = count("omnidom.fulfillment.orders", "transition", "shipped", "location_type", "STORE");
        long timesToShip = timer("omnidom.fulfillment.time.to.ship", "location_type", "STORE").count();
        UUID orderId = routedShipOrder("SHIPS");
        UUID id = (UUID) world.awaitFulfillments(orderId, 1).getFirst().get("id");

        Http.Response early = http.post("/api/v1/fulfillments/" + id + "/acknowledge", null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.json().get("detail").asString()).contains("ASSIGNED");

        world.allocated(orderId, id, "SHIPS-BER");
        world.awaitStatus(id, "ALLOCATED");
        assertThat(http.post("/api/v1/fulfillments/" + id + "/acknowledge", null).json().get("status").asString())
                .isEqualTo("ACKNOWLEDGED");
        assertThat(http.post("/api/v1/fulfillments/" + id + "/ready-for-pickup", null).status()).isEqualTo(409);
        Http.Response shipped = http.post("/api/v1/fulfillments/" + id + "/ship",
                Map.of("carrier", "DHL", "trackingNumber", "00340434161094042557"));

        assertThat(shipped.status()).isEqualTo(200);
        JsonNode view = shipped.json();
        assertThat(view.get("status").asString()).isEqualTo("SHIPPED");
        assertThat(view.get("carrier").asString()).isEqualTo("DHL");
        assertThat(view.get("trackingNumber").asString()).isEqualTo("00340434161094042557");
        assertThat(view.get("mode").asString()).isEqualTo("SHIP");
        assertThat(view.at("/lines/0/lineId").asString()).isEqualTo("1");
        assertThat(view.get("createdAt").asString()).isNotBlank();
        assertThat(http.get("/api/v1/fulfillments/" + id).json()).isEqualTo(view);
        assertThat(http.post("/api/v1/fulfillments/" + id + "/ship", Map.of("carrier", "DHL", "trackingNumber", "1")).status())
                .isEqualTo(409);
        assertThat(http.post("/api/v1/fulfillments/" + id + "/reject", Map.of("reason", "DAMAGED")).status()).isEqualTo(409);
        // the refused steps counted nothing
        assertThat(count("omnidom.fulfillment.orders", "transition", "acknowledged", "location_type", "STORE") - acknowledged)
                .isEqualTo(1);
        assertThat(count("omnidom.fulfillment.orders", "transition", "shipped", "location_type", "STORE") - shippedBefore)
                .isEqualTo(1);
        assertThat(timer("omnidom.fulfillment.time.to.ship", "location_type", "STORE").count() - timesToShip).isEqualTo(1);

        List<ConsumerRecord<String, byte[]>> events = TopicProbe.atLeast(wire.bootstrap(), FULFILLMENTS, 3, orderId.toString());
        assertThat(events).extracting(e -> TopicProbe.header(e, CloudEventHeaders.TYPE)).containsExactly(
                "omnidom.routing.fulfillment-assigned.v1", "omnidom.routing.fulfillment-acknowledged.v1",
                "omnidom.routing.fulfillment-shipped.v1");
        JsonNode shippedEvent = Http.JSON.readTree(events.get(2).value());
        assertThat(shippedEvent.get("trackingNumber").asString()).isEqualTo("00340434161094042557");
        assertThat(shippedEvent.at("/lines/0/sku").asString()).isEqualTo("SHIPS-A");
    }

    @Test
    void pickupOrderIsMadeReadyAndPickedUpWithTheCustomersCode() {
        UUID orderId = UUID.randomUUID();
        UUID id = allocatedPickup("PUP", orderId);
        double ready = count("omnidom.fulfillment.orders", "transition", "ready_for_pickup", "location_type", "STORE");
        double pickedUp = count("omnidom.fulfillment.orders", "transition", "picked_up", "location_type", "STORE");
        long timesToPickup = timer("omnidom.fulfillment.time.to.pickup", "location_type", "STORE").count();

        assertThat(http.post("/api/v1/fulfillments/" + id + "/picked-up", Map.of("pickupCode", "123456")).status()).isEqualTo(409);
        assertThat(http.post("/api/v1/fulfillments/" + id + "/ship", Map.of("carrier", "DHL", "trackingNumber", "1")).status())
                .isEqualTo(409);
        Http.Response madeReady = http.post("/api/v1/fulfillments/" + id + "/ready-for-pickup", null);
        assertThat(madeReady.json().get("status").asString()).isEqualTo("READY_FOR_PICKUP");
        // the code travels to the customer in the event, kept with the fulfilment order; no view shows it
        String code = pickupCodeOf(orderId);
        assertThat(code).matches("[0-9]{6}");
        assertThat(jdbc.queryForObject("SELECT pickup_code FROM fulfillment_order WHERE id = ?", String.class, id))
                .isEqualTo(code);
        assertThat(List.of(madeReady, http.get("/api/v1/fulfillments/" + id), http.get("/api/v1/orders/" + orderId + "/fulfillments"),
                http.get("/api/v1/fulfillments?locationId=PUP-STORE&status=READY_FOR_PICKUP")))
                .allSatisfy(answer -> assertThat(answer.text()).doesNotContain("pickupCode", code));

        // a wrong code: 422 naming the field, counted, nothing else changes
        Http.Response wrong = http.post("/api/v1/fulfillments/" + id + "/picked-up", Map.of("pickupCode", otherThan(code)));
        assertRefused(wrong, 422, "does not match", id, 1);
        assertThat(wrong.json().get("detail").asString()).doesNotContain(code);
        assertThat(wrong.json().at("/errors/0/field").asString()).isEqualTo("pickupCode");

        Http.Response collected = http.post("/api/v1/fulfillments/" + id + "/picked-up", Map.of("pickupCode", code));
        assertThat(collected.status()).isEqualTo(200);
        assertThat(collected.json().get("status").asString()).isEqualTo("PICKED_UP");
        assertThat(collected.text()).doesNotContain(code);
        assertThat(http.post("/api/v1/fulfillments/" + id + "/picked-up", Map.of("pickupCode", code)).status()).isEqualTo(409);
        assertThat(count("omnidom.fulfillment.orders", "transition", "ready_for_pickup", "location_type", "STORE") - ready)
                .isEqualTo(1);
        assertThat(count("omnidom.fulfillment.orders", "transition", "picked_up", "location_type", "STORE") - pickedUp)
                .isEqualTo(1);
        assertThat(timer("omnidom.fulfillment.time.to.pickup", "location_type", "STORE").count() - timesToPickup).isEqualTo(1);
        assertThat(http.get("/actuator/prometheus").text()).contains(
                "omnidom_fulfillment_orders_total{location_type=\"STORE\",transition=\"picked_up\"}",
                "omnidom_fulfillment_time_to_pickup_seconds_bucket{location_type=\"STORE\"",
                "omnidom_routing_decision_seconds_bucket{profile=\"default\"",
                "omnidom_routing_order_cost_bucket{profile=\"default\"");

        assertPickedUpEvent(orderId, "PICKUP_CODE");
    }

    @Test
    void afterFiveWrongCodesOnlyTheIdentityCheckHandsOver() {
        Waiting waiting = readyPickup("PWC");
        String path = waiting.handOver();

        for (int i = 1; i <= 5; i++) {
            assertThat(http.post(path, Map.of("pickupCode", otherThan(waiting.code()))).status()).as("wrong code %d", i)
                    .isEqualTo(422);
        }
        // codes refused, even the right one; nothing changes
        assertRefused(http.post(path, Map.of("pickupCode", waiting.code())), 409,
                "too many wrong codes: check the customer's identity", waiting.id(), 5);
        assertRefused(http.post(path, Map.of("pickupCode", otherThan(waiting.code()))), 409, "too many wrong codes", waiting.id(), 5);

        Http.Response collected = http.post(path, Map.of("identityCheck", "ID card"));
        assertThat(collected.status()).isEqualTo(200);
        assertThat(collected.json().get("status").asString()).isEqualTo("PICKED_UP");
        assertThat(jdbc.queryForMap("SELECT pickup_verification, identity_check FROM fulfillment_order WHERE id = ?",
                waiting.id()))
                .containsEntry("pickup_verification", "IDENTITY_CHECK").containsEntry("identity_check", "ID card");
        assertPickedUpEvent(waiting.orderId(), "IDENTITY_CHECK");
    }

    @Test
    void aHandoverNamesExactlyOneCheckElseItIsAProblemAndChangesNothing() {
        Waiting waiting = readyPickup("PBAD");
        String path = waiting.handOver();

        Http.Response neither = http.post(path, Map.of());
        Http.Response both = http.post(path, Map.of("pickupCode", waiting.code(), "identityCheck", "ID card"));
        Http.Response noBody = http.post(path, null);
        Http.Response fiveDigits = http.post(path, Map.of("pickupCode", "12345"));
        Http.Response blankCheck = http.post(path, Map.of("identityCheck", "  "));
        Http.Response longCheck = http.post(path, Map.of("identityCheck", "x".repeat(201)));

        for (Http.Response refused : List.of(neither, both)) {
            assertRefused(refused, 422, "identityCheck", waiting.id(), 0);
            assertThat(refused.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                    .containsExactly("pickupCode", "identityCheck");
        }
        assertThat(noBody.status()).isEqualTo(400);
        assertRefused(fiveDigits, 400, "pickupCode", waiting.id(), 0);
        assertRefused(blankCheck, 400, "identityCheck", waiting.id(), 0);
        assertRefused(longCheck, 400, "identityCheck", waiting.id(), 0);
        assertThat(world.count("SELECT count(*) FROM outbox WHERE aggregateid = ?", waiting.orderId().toString())).isEqualTo(2);
    }

    @Test
    void listsALocationsWorkFilteredByStatusAndPaged() {
        UUID a = routedShipOrder("LIST");
        world.awaitFulfillments(a, 1);
        UUID b = UUID.randomUUID();
        world.publish(shipOrder(b, POTSDAM, line("1", "LIST-A", 1)));
        UUID second = (UUID) world.awaitFulfillments(b, 1).getFirst().get("id");
        world.allocated(b, second, "LIST-BER");
        world.awaitStatus(second, "ALLOCATED");

        JsonNode all = http.get("/api/v1/fulfillments?locationId=LIST-BER&size=1").json();
        JsonNode allocated = http.get("/api/v1/fulfillments?locationId=LIST-BER&status=ALLOCATED").json();

        assertThat(all.get("totalItems").asLong()).isEqualTo(2);
        assertThat(all.get("totalPages").asInt()).isEqualTo(2);
        assertThat(all.at("/items/0/orderId").asString()).isEqualTo(a.toString());
        assertThat(allocated.get("items").valueStream().map(f -> f.get("fulfillmentId").asString()))
                .containsExactly(second.toString());
    }

    @Test
    void badRequestsAreProblemsAndChangeNothing() {
        UUID orderId = routedShipOrder("BAD");
        UUID id = (UUID) world.awaitFulfillments(orderId, 1).getFirst().get("id");

        Http.Response noReason = http.post("/api/v1/fulfillments/" + id + "/reject", Map.of());
        Http.Response lowerCase = http.post("/api/v1/fulfillments/" + id + "/reject", Map.of("reason", "lost it"));
        Http.Response noTracking = http.post("/api/v1/fulfillments/" + id + "/ship", Map.of("carrier", "DHL"));

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().at("/errors/0/field").asString()).isEqualTo("reason");
        assertThat(lowerCase.status()).isEqualTo(400);
        assertThat(noTracking.status()).isEqualTo(400);
        assertThat(noTracking.json().at("/errors/0/field").asString()).isEqualTo("trackingNumber");
        assertThat(http.get("/api/v1/fulfillments/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/fulfillments/" + UUID.randomUUID() + "/acknowledge", null).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/fulfillments/not-a-uuid").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/fulfillments?status=LOST").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/fulfillments?size=500").status()).isEqualTo(400);
        assertThat(world.fulfillments(orderId)).singleElement().satisfies(r -> assertThat(r.get("status")).isEqualTo("ASSIGNED"));
        assertThat(world.count("SELECT count(*) FROM outbox WHERE aggregateid = ?", orderId.toString())).isEqualTo(1);
    }

    @Test
    void openApiDocumentMatchesTheCommittedOne() throws Exception {
        Http.Response docs = http.get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        JsonNode live = docs.json();
        assertThat(live.at("/paths/~1api~1v1~1fulfillments~1{id}~1reject/post/summary").asString())
                .isEqualTo("The location refuses the fulfilment order");
        CommittedOpenApi.assertMatches(live);
    }

    /** A SHIP order of one line ({@code <prefix>-A} × 2) routed to {@code <prefix>-BER}. */
    private double count(String name, String... tags) {
        var counter = meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    private Timer timer(String name, String... tags) {
        var timer = meters.find(name).tags(tags).timer();
        return timer != null ? timer : Timer.builder(name).register(new SimpleMeterRegistry());
    }

    private DistributionSummary summary(String name) {
        var summary = meters.find(name).tags("profile", "default").summary();
        return summary != null ? summary : DistributionSummary.builder(name).register(new SimpleMeterRegistry());
    }

    /** A PICKUP order of one line routed to {@code <prefix>-STORE} and allocated there. */
    private UUID allocatedPickup(String prefix, UUID orderId) {
        world.location(prefix + "-STORE", BERLIN, null, SHIP, PICKUP);
        world.stock(prefix + "-A", prefix + "-STORE", 3);
        world.awaitReplicas();
        world.publish(pickupOrder(orderId, prefix + "-STORE", line("1", prefix + "-A", 1)));
        UUID id = (UUID) world.awaitFulfillments(orderId, 1).getFirst().get("id");
        world.allocated(orderId, id, prefix + "-STORE");
        world.awaitStatus(id, "ALLOCATED");
        return id;
    }

    /** A refused hand-over: problem+json saying why, the fulfilment order still waiting, the wrong codes counted so far. */
    private void assertRefused(Http.Response answer, int status, String detail, UUID id, long wrongCodes) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("detail").asString()).contains(detail);
        assertThat(http.get("/api/v1/fulfillments/" + id).json().get("status").asString()).isEqualTo("READY_FOR_PICKUP");
        assertThat(world.count("SELECT wrong_pickup_codes FROM fulfillment_order WHERE id = ?", id)).isEqualTo(wrongCodes);
    }

    /** A PICKUP fulfilment order waiting at its store, and the code its customer got. */
    private record Waiting(UUID orderId, UUID id, String code) {
        String handOver() {
            return "/api/v1/fulfillments/" + id + "/picked-up";
        }
    }

    private Waiting readyPickup(String prefix) {
        UUID orderId = UUID.randomUUID();
        UUID id = allocatedPickup(prefix, orderId);
        assertThat(http.post("/api/v1/fulfillments/" + id + "/ready-for-pickup", null).status()).isEqualTo(200);
        return new Waiting(orderId, id, pickupCodeOf(orderId));
    }

    /** The order's events were assigned, ready, picked up (a refused hand-over published nothing), with this verification. */
    private void assertPickedUpEvent(UUID orderId, String verification) {
        List<ConsumerRecord<String, byte[]>> events = TopicProbe.atLeast(wire.bootstrap(), FULFILLMENTS, 3, orderId.toString());
        assertThat(events).extracting(e -> TopicProbe.header(e, CloudEventHeaders.TYPE)).containsExactly(
                "omnidom.routing.fulfillment-assigned.v1", "omnidom.routing.fulfillment-ready-for-pickup.v1",
                "omnidom.routing.fulfillment-picked-up.v1");
        assertThat(Http.JSON.readTree(events.get(2).value()).get("verification").asString()).isEqualTo(verification);
    }

    /** The code the customer got: from the order's FulfillmentReadyForPickup, its second event. */
    private String pickupCodeOf(UUID orderId) {
        return Http.JSON.readTree(TopicProbe.atLeast(wire.bootstrap(), FULFILLMENTS, 2, orderId.toString()).get(1).value())
                .get("pickupCode").asString();
    }

    private static String otherThan(String code) {
        return "%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000);
    }

    private UUID routedShipOrder(String prefix) {
        world.location(prefix + "-BER", BERLIN, null);
        world.stock(prefix + "-A", prefix + "-BER", 10);
        world.awaitReplicas();
        UUID orderId = UUID.randomUUID();
        world.publish(shipOrder(orderId, POTSDAM, line("1", prefix + "-A", 2)));
        return orderId;
    }
}
