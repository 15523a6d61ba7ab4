package com.omnidom.routing.decision;

import com.omnidom.events.Topics;
import com.omnidom.events.inventory.AvailabilityChanged;
import com.omnidom.routing.World;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.Wire;
import com.omnidom.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.omnidom.events.catalog.LocationChanged.LocationType.STORE;
import static com.omnidom.events.catalog.LocationChanged.LocationType.WAREHOUSE;
import static com.omnidom.routing.World.BERLIN;
import static com.omnidom.routing.World.HAMBURG;
import static com.omnidom.routing.World.MUNICH;
import static com.omnidom.routing.World.POTSDAM;
import static com.omnidom.routing.World.line;
import static com.omnidom.routing.World.shipOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The routing engine behind the happy path: costs from the catalog, stock beyond "available", the explanation served. */
@OmnidomServiceTest
@TestPropertySource(properties = "omnidom.routing.exchange-rates[CHF-EUR]=1.20")
class EngineRoutingIT {

    private static final String DEFAULT_PROFILE = "00000000-0000-0000-0000-000000000001";

    private final JdbcTemplate jdbc;
    private final Wire wire;
    private final World world;
    private final Http http;

    EngineRoutingIT(Http http, Wire wire, @Autowired JdbcTemplate jdbc) {
        this.http = http;
        this.wire = wire;
        this.jdbc = jdbc;
        this.world = new World(wire, jdbc);
    }

    @Test
    void costsAreComparedInTheProfilesCurrencyAndUnconvertibleOnesNotAtAll() {
        // same place, same stock: 4.00 CHF looks cheaper than 4.50 EUR, but is 4.80 EUR; PLN has no configured rate
        world.location("FX-ZRH", BERLIN, STORE, "CHF", "4.00", "0.00", true);
        world.location("FX-BER", BERLIN, STORE, "EUR", "4.50", "0.00", true);
        world.location("FX-WAW", BERLIN, STORE, "PLN", "0.01", "0.00", true);
        for (String location : List.of("FX-ZRH", "FX-BER", "FX-WAW")) world.stock("FX-A", location, 5);
        world.awaitReplicas();
        UUID orderId = UUID.randomUUID();

        world.publish(shipOrder(orderId, POTSDAM, line("1", "FX-A", 1)));

        assertThat(world.awaitFulfillments(orderId, 1)).singleElement()
                .satisfies(r -> assertThat(r.get("location_id")).isEqualTo("FX-BER"));
        JsonNode explanation = http.get("/api/v1/orders/" + orderId + "/routing-decisions").json().get(0).get("explanation");
        assertThat(explanation.get("currency").asString()).isEqualTo("EUR");
        assertThat(explanation.get("candidates").asInt()).isEqualTo(2);
        assertThat(explanation.at("/refusedForCurrency/0/locationId").asString()).isEqualTo("FX-WAW");
        assertThat(explanation.at("/refusedForCurrency/0/reason").asString()).contains("PLN-EUR");
        assertThat(explanation.get("alternatives").valueStream().map(a -> a.at("/shipments/0/locationId").asString()))
                .contains("FX-ZRH");
        assertThat(explanation.get("alternatives").valueStream()
                .filter(a -> a.at("/shipments/0/locationId").asString().equals("FX-ZRH"))
                .map(a -> a.at("/cost/shipment").asLong())).allMatch(cost -> cost > explanation.at("/cost/shipment").asLong());
    }

    @Test
    void decisionExplanationIsServedWithCostsAlternativesAndExclusions() {
        world.location("XP-BER", BERLIN, STORE, "1.00", "0.10", true);
        world.location("XP-HAM", HAMBURG, WAREHOUSE, "1.00", "0.10", true);
        world.location("XP-MUC", MUNICH, WAREHOUSE, "0.00", "0.00", false);
        for (String location : List.of("XP-BER", "XP-HAM", "XP-MUC")) {
            world.stock("XP-A", location, 5);
            world.stock("XP-B", location, 5);
        }
        world.awaitReplicas();
        UUID orderId = UUID.randomUUID();

        world.publish(shipOrder(orderId, POTSDAM, line("1", "XP-A", 1), line("2", "XP-B", 2)));

        assertThat(world.awaitFulfillments(orderId, 1)).singleElement()
                .satisfies(r -> assertThat(r.get("location_id")).isEqualTo("XP-BER"));
        JsonNode decision = http.get("/api/v1/orders/" + orderId + "/routing-decisions").json().get(0);
        assertThat(decision.get("strategy").asString()).isEqualTo("COST_OPTIMAL");
        assertThat(decision.get("profileId").asString()).isEqualTo(DEFAULT_PROFILE);
        JsonNode explanation = decision.get("explanation");
        assertThat(explanation.get("provenOptimal").asBoolean()).isTrue();
        assertThat(explanation.get("totalCost").asLong()).isPositive();
        assertThat(explanation.at("/cost/shipment").asLong()).isPositive();
        assertThat(explanation.at("/cost/handling").asLong()).isPositive();
        assertThat(explanation.at("/assignments/0/locationId").asString()).isEqualTo("XP-BER");
        assertThat(explanation.at("/assignments/0/reason").asString()).contains("km away");
        assertThat(explanation.at("/shipments/0/cost/shipment").asLong()).isPositive();
        assertThat(explanation.get("alternatives").valueStream().map(a -> a.at("/shipments/0/locationId").asString()))
                .contains("XP-HAM");
        assertThat(explanation.at("/alternatives/0/cost/distance").asLong())
                .isGreaterThan(explanation.at("/cost/distance").asLong());
        assertThat(explanation.get("exclusions").valueStream().map(e -> e.get("locationId").asString() + ":" + e.get("fence").asString()))
                .contains("XP-MUC:INACTIVE");
    }

    @Test
    void catalogCostsMakeAFartherWarehouseCheaperThanANearStore() {
        world.location("CST-STORE", BERLIN, STORE, "12.00", "1.50", true);
        world.location("CST-WH", HAMBURG, WAREHOUSE, "0.50", "0.05", true);
        world.stock("CST-A", "CST-STORE", 5);
        world.stock("CST-A", "CST-WH", 5);
        world.awaitReplicas();
        UUID orderId = UUID.randomUUID();

        world.publish(shipOrder(orderId, POTSDAM, line("1", "CST-A", 2)));

        assertThat(world.awaitFulfillments(orderId, 1)).singleElement()
                .satisfies(r -> assertThat(r.get("location_id")).isEqualTo("CST-WH"));
    }

    @Test
    void channelReservationAndGoodsInTransitServeTheOrder() {
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        world.location("RSV-BER", BERLIN, STORE, "1.00", "0.10", true);
        world.location("TRN-HAM", HAMBURG, WAREHOUSE, "1.00", "0.10", true);
        world.stock("RSV-A", "RSV-BER", 0, List.of(new AvailabilityChanged.ChannelReservation("WEB_SHOP", 2, null)), List.of());
        world.stock("TRN-A", "TRN-HAM", 0, List.of(), List.of(new AvailabilityChanged.InTransit(4, tomorrow)));
        world.awaitReplicas();
        UUID reserved = UUID.randomUUID();
        UUID inTransit = UUID.randomUUID();

        world.publish(shipOrder(reserved, POTSDAM, line("1", "RSV-A", 2)));
        world.publish(shipOrder(inTransit, POTSDAM, line("1", "TRN-A", 3)));

        assertThat(world.awaitFulfillments(reserved, 1).getFirst().get("location_id")).isEqualTo("RSV-BER");
        assertThat(world.awaitFulfillments(inTransit, 1).getFirst().get("location_id")).isEqualTo("TRN-HAM");
        JsonNode fromReservation = Http.JSON.readTree(TopicProbe.atLeast(wire.bootstrap(), Topics.FULFILLMENT_EVENTS.name(), 1,
                reserved.toString()).getFirst().value());
        JsonNode fromTransit = Http.JSON.readTree(TopicProbe.atLeast(wire.bootstrap(), Topics.FULFILLMENT_EVENTS.name(), 1,
                inTransit.toString()).getFirst().value());
        assertThat(fromReservation.get("channel").asString()).isEqualTo("WEB_SHOP");
        assertThat(fromReservation.get("promisedBy").isNull()).isTrue();
        assertThat(Instant.parse(fromTransit.get("promisedBy").asString())).isEqualTo(tomorrow);
        assertThat(Duration.between(Instant.now(), tomorrow)).isPositive();
    }

    @Test
    void shadowProfileDecidesAlongsideButIsNeverExecuted() {
        Http.Response draft = http.post("/api/v1/routing-profiles", Map.of("name", "warehouses-only", "channel", "WEB_SHOP",
                "country", "DE", "fences", Map.of("allowedTypes", List.of("WAREHOUSE"))));
        String shadowId = draft.json().get("profileId").asString();
        Http.Response shadow = http.post("/api/v1/routing-profiles/" + shadowId + "/shadow", null);
        assertThat(shadow.status()).isEqualTo(200);
        assertThat(shadow.json().get("status").asString()).isEqualTo("SHADOW");
        world.location("SH-STORE", BERLIN, STORE, "1.00", "0.10", true);
        world.location("SH-WH", MUNICH, WAREHOUSE, "1.00", "0.10", true);
        world.stock("SH-A", "SH-STORE", 5);
        world.stock("SH-A", "SH-WH", 5);
        world.awaitReplicas();
        UUID orderId = UUID.randomUUID();

        world.publish(shipOrder(orderId, POTSDAM, line("1", "SH-A", 1)));

        assertThat(world.awaitFulfillments(orderId, 1)).singleElement()
                .satisfies(r -> assertThat(r.get("location_id")).isEqualTo("SH-STORE"));
        await().atMost(Duration.ofSeconds(30)).until(() -> world.count(
                "SELECT count(*) FROM shadow_decision WHERE order_id = ?", orderId) == 1);
        JsonNode report = http.get("/api/v1/routing-profiles/" + shadowId + "/shadow-report").json();
        assertThat(report.get("differentLocations").asLong()).isPositive();
        JsonNode row = report.get("latest").valueStream().filter(r -> r.get("orderId").asString().equals(orderId.toString()))
                .findFirst().orElseThrow();
        assertThat(row.get("liveLocations").valueStream().map(JsonNode::asString)).containsExactly("SH-STORE");
        assertThat(row.get("shadowLocations").valueStream().map(JsonNode::asString)).containsExactly("SH-WH");
        assertThat(row.get("costDelta").asLong()).isPositive();
        assertThat(world.fulfillments(orderId)).hasSize(1);
        assertThat(world.count("SELECT count(*) FROM outbox WHERE aggregateid = ?", orderId.toString())).isEqualTo(1);
        assertThat(http.post("/api/v1/routing-profiles/" + shadowId + "/retire", null).status()).isEqualTo(200);
    }

    @Test
    void exportsTheSnapshotAndTheRecordedOrdersForReplay() {
        Instant before = Instant.now().minusSeconds(5);
        world.location("EXP-BER", BERLIN, STORE, "2.50", "0.20", true);
        world.stock("EXP-A", "EXP-BER", 3, List.of(new AvailabilityChanged.ChannelReservation("MARKETPLACE", 4, null)), List.of());
        world.awaitReplicas();
        UUID orderId = UUID.randomUUID();
        world.publish(shipOrder(orderId, POTSDAM, line("1", "EXP-A", 2)));
        world.awaitFulfillments(orderId, 1);

        Http.Response locations = http.get("/api/v1/routing-exports/locations?channel=MARKETPLACE");
        Http.Response orders = http.get("/api/v1/routing-exports/orders?from=" + before + "&to=" + Instant.now().plusSeconds(5));

        assertThat(locations.status()).isEqualTo(200);
        assertThat(locations.contentType()).startsWith("application/x-ndjson");
        JsonNode location = locations.text().lines().map(Http.JSON::readTree)
                .filter(l -> l.get("locationId").asString().equals("EXP-BER")).findFirst().orElseThrow();
        assertThat(location.at("/stock/EXP-A/available").asInt()).isEqualTo(1); // 3 minus routing's unconfirmed claim of 2
        assertThat(location.at("/stock/EXP-A/reservedForChannel").asInt()).isEqualTo(4);
        assertThat(location.at("/costs/perShipment").asLong()).isEqualTo(250);
        assertThat(location.get("ordersLeft").isNull()).isTrue();
        JsonNode order = orders.text().lines().map(Http.JSON::readTree)
                .filter(o -> o.get("orderId").asString().equals(orderId.toString())).findFirst().orElseThrow();
        assertThat(order.get("channel").asString()).isEqualTo("WEB_SHOP");
        assertThat(order.get("country").asString()).isEqualTo("DE");
        assertThat(order.at("/lines/0/quantity").asInt()).isEqualTo(2);
        assertThat(order.at("/lines/0/unitPrice").asLong()).isEqualTo(1000);
        assertThat(http.get("/api/v1/routing-exports/orders?from=" + Instant.now() + "&to=" + before).status()).isEqualTo(422);
    }
}
