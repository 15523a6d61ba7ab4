package com.omnidom.inventory.availability;

import com.omnidom.events.ContractEvent;
import com.omnidom.inventory.Locations;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The shop-facing API: a cart near a place, per store, by date; locations come from catalog.locations.v1. */
@OmnidomServiceTest
class AvailabilityApiIT {

    private final Http http;
    private final Wire wire;

    AvailabilityApiIT(Http http, Wire wire) {
        this.http = http;
        this.wire = wire;
    }

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        // Berlin Mitte, Berlin Kreuzberg (3 km), Potsdam (27 km), Hamburg (255 km); a warehouse in Leipzig
        publish(Locations.aStore("B-MITTE", "10115", 52.5321, 13.3849, 1));
        publish(Locations.aStore("B-XBERG", "10997", 52.5003, 13.4230, 1));
        publish(Locations.aStore("POTSDAM", "14467", 52.3989, 13.0657, 1));
        publish(Locations.aStore("HAMBURG", "20095", 53.5503, 10.0006, 1));
        publish(Locations.aWarehouse("WH-LEJ", "04109", 51.3397, 12.3731, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("SELECT count(*) FROM location", Long.class) >= 5);
    }

    @Test
    void listsTheNearbyStoresThatHaveTheWholeCartForPickupTodayNearestFirst() {
        stock("B-MITTE", "CART-A", 2);
        stock("B-MITTE", "CART-B", 1);
        stock("B-XBERG", "CART-A", 5);
        stock("B-XBERG", "CART-B", 5);
        stock("POTSDAM", "CART-A", 1);
        stock("HAMBURG", "CART-A", 9);
        stock("HAMBURG", "CART-B", 9);

        JsonNode answer = cart(Map.of("latitude", 52.52, "longitude", 13.40, "radiusKm", 50,
                "lines", List.of(line("CART-A", 2), line("CART-B", 1))));

        assertThat(answer.get("resolvedFrom").asString()).isEqualTo("coordinates");
        assertThat(strings(answer.get("pickupToday"))).containsExactly("B-MITTE", "B-XBERG");
        assertThat(answer.get("stores").valueStream().map(s -> s.get("locationId").asString()).toList())
                .containsExactly("B-MITTE", "B-XBERG", "POTSDAM");
        JsonNode potsdam = answer.get("stores").get(2);
        assertThat(potsdam.get("complete").asBoolean()).isFalse();
        assertThat(potsdam.get("lines").get(0).get("available").asInt()).isEqualTo(1);
        assertThat(potsdam.get("distanceKm").asDouble()).isBetween(20.0, 30.0);
    }

    @Test
    void aPostalCodeIsPlacedAtItsKnownLocations() {
        stock("POTSDAM", "ZIP-A", 3);

        JsonNode answer = cart(Map.of("postalCode", "14467", "radiusKm", 5, "lines", List.of(line("ZIP-A", 3))));

        assertThat(answer.get("resolvedFrom").asString()).isEqualTo("postalCode");
        assertThat(strings(answer.get("pickupToday"))).containsExactly("POTSDAM");
        assertThat(http.post("/api/v1/availability/carts", Map.of("postalCode", "99999", "lines", List.of(line("ZIP-A", 1))))
                .status()).isEqualTo(422);
        assertThat(http.post("/api/v1/availability/carts", Map.of("lines", List.of(line("ZIP-A", 1)))).status()).isEqualTo(422);
        assertThat(http.post("/api/v1/availability/carts", Map.of("latitude", 52.5, "longitude", 13.4, "lines", List.of()))
                .status()).isEqualTo(400);
    }

    @Test
    void canShipByADateCountingGoodsInTransitArrivingBeforeIt() {
        stock("WH-LEJ", "SHIP-A", 1);
        stock("B-MITTE", "SHIP-A", 1);
        LocalDate inThreeDays = LocalDate.now(ZoneOffset.UTC).plusDays(3);
        http.put("/api/v1/inbound/" + UUID.randomUUID(), Map.of("sku", "SHIP-A", "locationId", "WH-LEJ",
                "sourceType", "PURCHASE_ORDER", "source", "PO-1", "quantity", 5,
                "expectedAt", inThreeDays.atStartOfDay(ZoneOffset.UTC).minusHours(6).toInstant().toString()));

        JsonNode tomorrow = cart(Map.of("latitude", 52.52, "longitude", 13.40, "shipBy", inThreeDays.minusDays(2).toString(),
                "lines", List.of(line("SHIP-A", 4)))).get("shipping");
        JsonNode later = cart(Map.of("latitude", 52.52, "longitude", 13.40, "shipBy", inThreeDays.toString(),
                "lines", List.of(line("SHIP-A", 4)))).get("shipping");

        assertThat(tomorrow.get("possible").asBoolean()).isFalse();
        assertThat(tomorrow.get("lines").get(0).get("available").asInt()).as("the warehouse and the store ship").isEqualTo(2);
        assertThat(later.get("possible").asBoolean()).isTrue();
        assertThat(strings(later.get("completeFrom"))).containsExactly("WH-LEJ");
    }

    @Test
    void perStoreAvailabilityCountsTheChannelsOwnReservation() {
        stock("B-XBERG", "PER-A", 10);
        http.put("/api/v1/reservations/" + UUID.randomUUID(), Map.of("sku", "PER-A", "locationId", "B-XBERG",
                "channel", "MARKETPLACE", "quantity", 4));

        await().atMost(Duration.ofSeconds(10)).until(() ->
                http.get("/api/v1/availability/B-XBERG/PER-A").json().get("atpNow").asInt() == 6);
        JsonNode marketplace = http.get("/api/v1/availability/B-XBERG/PER-A?channel=MARKETPLACE").json();
        assertThat(marketplace.get("atpNow").asInt()).isEqualTo(10);
        assertThat(marketplace.get("reservedForChannel").asInt()).isEqualTo(4);
        assertThat(http.get("/api/v1/availability/B-XBERG/NOPE").status()).isEqualTo(404);
    }

    @Test
    void aCachedAnswerFollowsTheStockChanges() {
        stock("B-MITTE", "CACHE-A", 3);
        assertThat(http.get("/api/v1/availability/B-MITTE/CACHE-A").json().get("atpNow").asInt()).isEqualTo(3);

        stock("B-MITTE", "CACHE-A", 8);

        await().atMost(Duration.ofSeconds(10)).until(() ->
                http.get("/api/v1/availability/B-MITTE/CACHE-A").json().get("atpNow").asInt() == 8);
    }

    @Test
    void aNewerLocationVersionWinsAndAnOlderOneIsIgnored() {
        publish(Locations.aStore("B-VERS", "10115", 52.5321, 13.3849, 1));
        publish(Locations.location("B-VERS", com.omnidom.events.catalog.LocationChanged.LocationType.WAREHOUSE, "10115",
                52.5321, 13.3849, 3, List.of()));
        publish(Locations.aStore("B-VERS", "10115", 52.5321, 13.3849, 2));
        publish(Locations.aStore("MARKER", "80331", 48.137, 11.575, 1));

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM location WHERE location_id = 'MARKER'", Long.class) == 1);
        assertThat(jdbc.queryForMap("SELECT type, version FROM location WHERE location_id = 'B-VERS'"))
                .containsEntry("type", "WAREHOUSE").containsEntry("version", 3L);
    }

    private JsonNode cart(Map<String, Object> body) {
        Http.Response response = http.post("/api/v1/availability/carts", new HashMap<>(body));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    private static Map<String, Object> line(String sku, int quantity) {
        return Map.of("sku", sku, "quantity", quantity);
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private void stock(String location, String sku, int onHand) {
        assertThat(http.put("/api/v1/stock/" + location + "/" + sku, Map.of("onHand", onHand)).status()).isIn(200, 201);
    }

    private void publish(ContractEvent event) {
        wire.publish(event);
    }
}
