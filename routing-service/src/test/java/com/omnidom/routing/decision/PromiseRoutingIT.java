package com.omnidom.routing.decision;

import com.omnidom.events.Topics;
import com.omnidom.events.inventory.AvailabilityChanged;
import com.omnidom.routing.World;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.Wire;
import com.omnidom.testsupport.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.omnidom.events.catalog.LocationChanged.Capability.PICKUP;
import static com.omnidom.events.catalog.LocationChanged.LocationType.WAREHOUSE;
import static com.omnidom.routing.World.BERLIN;
import static com.omnidom.routing.World.HAMBURG;
import static com.omnidom.routing.World.MUNICH_CUSTOMER;
import static com.omnidom.routing.World.POTSDAM;
import static com.omnidom.routing.World.line;
import static com.omnidom.routing.World.promisedPickupOrder;
import static com.omnidom.routing.World.promisedShipOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The customer's promise reaches the engine: under a profile with a hard promise, goods in transit that arrive too late
 * are not used (the order goes where stock is now, or waits), while the same order without a promise may use them.
 * Shipping takes at least a day in the engine's model, so a SHIP order is promised for tomorrow; a pickup for today.
 */
@OmnidomServiceTest
class PromiseRoutingIT {

    private final JdbcTemplate jdbc;
    private final Wire wire;
    private final World world;
    private final Http http;

    PromiseRoutingIT(Http http, Wire wire, @Autowired JdbcTemplate jdbc) {
        this.http = http;
        this.wire = wire;
        this.jdbc = jdbc;
        this.world = new World(wire, jdbc);
    }

    LocalDate today;
    Instant inThreeDays;

    @BeforeEach
    void hardPromiseProfile() {
        today = LocalDate.now(ZoneOffset.UTC);
        inThreeDays = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        // a cent per km: without a promise the near location with goods in transit is the cheaper one. Scoped by channel
        // only: a pickup order has no delivery country, so a country-scoped profile would not apply to it
        Http.Response created = http.post("/api/v1/routing-profiles", Map.of("name", "hard-promise", "channel", "WEB_SHOP",
                "fences", Map.of("hardPromise", true), "weights", Map.of("perKm", 1)));
        assertThat(created.status()).isEqualTo(201);
        assertThat(http.post("/api/v1/routing-profiles/" + created.json().get("profileId").asString() + "/activate", null)
                .status()).isEqualTo(200);
    }

    @Test
    void aPromisedOrderGoesWhereStockIsNowWhileAnUnpromisedOneMayWaitForGoodsInTransit() {
        world.location("PR-NEAR", BERLIN, WAREHOUSE, "1.00", "0.10", true);
        world.location("PR-FAR", HAMBURG, WAREHOUSE, "1.00", "0.10", true);
        world.stock("PR-A", "PR-NEAR", 0, List.of(), List.of(new AvailabilityChanged.InTransit(10, inThreeDays)));
        world.stock("PR-A", "PR-FAR", 10);
        world.awaitReplicas();
        UUID promised = UUID.randomUUID();
        UUID unpromised = UUID.randomUUID();

        world.publish(promisedShipOrder(promised, POTSDAM, today.plusDays(1), line("1", "PR-A", 2)));
        world.publish(promisedShipOrder(unpromised, POTSDAM, null, line("1", "PR-A", 2)));

        assertThat(world.awaitFulfillments(promised, 1).getFirst().get("location_id")).isEqualTo("PR-FAR");
        assertThat(world.awaitFulfillments(unpromised, 1).getFirst().get("location_id")).isEqualTo("PR-NEAR");
        JsonNode explanation = http.get("/api/v1/orders/" + promised + "/routing-decisions").json().get(0).get("explanation");
        assertThat(explanation.get("promiseDate").asString()).isEqualTo(today.plusDays(1).toString());
        assertThat(explanation.at("/assignments/0/reason").asString()).contains("by the promised " + today.plusDays(1));
        JsonNode unpromisedExplanation = http.get("/api/v1/orders/" + unpromised + "/routing-decisions").json().get(0)
                .get("explanation");
        assertThat(unpromisedExplanation.get("promiseDate").isNull()).isTrue();
        // promisedBy stays what it was: the arrival of the goods in transit the shipment relies on
        JsonNode assigned = Http.JSON.readTree(TopicProbe.atLeast(wire.bootstrap(), Topics.FULFILLMENT_EVENTS.name(), 1,
                unpromised.toString()).getFirst().value());
        assertThat(Instant.parse(assigned.get("promisedBy").asString())).isEqualTo(inThreeDays);
    }

    @Test
    void aPickupPromisedForTodayWaitsWhenTheStoreOnlyHasGoodsInTransitButWithoutPromiseIsAssigned() {
        world.location("PR-STORE", BERLIN, null, PICKUP);
        world.stock("PR-B", "PR-STORE", 0, List.of(), List.of(new AvailabilityChanged.InTransit(10, inThreeDays)));
        world.awaitReplicas();
        UUID promised = UUID.randomUUID();
        UUID unpromised = UUID.randomUUID();

        world.publish(promisedPickupOrder(promised, "PR-STORE", today, line("1", "PR-B", 1)));
        world.publish(promisedPickupOrder(unpromised, "PR-STORE", null, line("1", "PR-B", 1)));

        assertThat(world.awaitFulfillments(unpromised, 1).getFirst().get("location_id")).isEqualTo("PR-STORE");
        await().atMost(Duration.ofSeconds(30)).until(() -> world.count(
                "SELECT count(*) FROM deferred_line WHERE order_id = ? AND status = 'DEFERRED'", promised) == 1);
        assertThat(world.fulfillments(promised)).isEmpty();
        JsonNode explanation = http.get("/api/v1/orders/" + promised + "/routing-decisions").json().get(0).get("explanation");
        assertThat(explanation.get("promiseDate").asString()).isEqualTo(today.toString());
        assertThat(explanation.get("unroutableLineIds").valueStream().map(JsonNode::asString)).containsExactly("1");
        assertThat(TopicProbe.atLeast(wire.bootstrap(), Topics.FULFILLMENT_EVENTS.name(), 1, promised.toString()))
                .extracting(r -> TopicProbe.header(r, com.omnidom.events.CloudEventHeaders.TYPE))
                .containsExactly("omnidom.routing.fulfillment-deferred.v1");
    }

    @Test
    void aDeliveryChangeReplacesThePromiseForLaterRouting() {
        UUID orderId = UUID.randomUUID();
        world.publish(promisedShipOrder(orderId, POTSDAM, today.plusDays(2), line("1", "PR-NONE", 1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> world.count(
                "SELECT count(*) FROM routed_order WHERE order_id = ? AND promise_date = ?", orderId, today.plusDays(2)) == 1);

        world.deliveryChanged(orderId, MUNICH_CUSTOMER, today.plusDays(5));

        await().atMost(Duration.ofSeconds(30)).until(() -> world.count(
                "SELECT count(*) FROM routed_order WHERE order_id = ? AND promise_date = ?", orderId, today.plusDays(5)) == 1);
    }
}
