package com.omnidom.inventory;

import com.omnidom.platform.security.Roles;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.TestCaller;
import com.omnidom.testsupport.Wire;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Object-level limits: a store reads only its own location's stock (another's is a 404, its lists only its own); a
 * channel works only its own reservations and is always answered as its own channel, whatever it sends.
 */
@OmnidomServiceTest
class TenantScopeIT {

    /** A warehouse's WMS: only the store role, limited to its location. */
    private static final TestCaller WMS_A = TestCaller.of("TEN-A", Roles.STORE).withLocation("TEN-A");
    /** A store's POS: a channel too, which reads availability anywhere, as a shop does. */
    private static final TestCaller POS_A = TestCaller.of("TEN-A-POS", Roles.CHANNEL, Roles.STORE)
            .withChannel("STORE_POS").withLocation("TEN-A");
    private static final TestCaller WEB = TestCaller.of("eshop-web", Roles.CHANNEL).withChannel("WEB_SHOP");
    private static final TestCaller MARKETPLACE = TestCaller.of("marketplace", Roles.CHANNEL).withChannel("MARKETPLACE");

    private final Http http;
    private final Wire wire;

    @Autowired
    JdbcTemplate jdbc;

    TenantScopeIT(Http http, Wire wire) {
        this.http = http;
        this.wire = wire;
    }

    @BeforeEach
    void locations() {
        wire.publish(Locations.aStore("TEN-A", "10115", 52.5321, 13.3849, 1));
        wire.publish(Locations.aStore("TEN-B", "10997", 52.5003, 13.4230, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM location WHERE location_id IN ('TEN-A', 'TEN-B')", Long.class) == 2);
        stock("TEN-A", "TEN-SKU", 5);
        stock("TEN-B", "TEN-SKU", 7);
    }

    @Test
    void aStoreReadsOnlyItsOwnLocationsStock() {
        assertThat(http.as(WMS_A).get("/api/v1/stock/TEN-A/TEN-SKU").json().get("onHand").asInt()).isEqualTo(5);
        Http.Response other = http.as(WMS_A).get("/api/v1/stock/TEN-B/TEN-SKU");
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.text()).doesNotContain("\"onHand\"");

        JsonNode mine = http.as(WMS_A).get("/api/v1/stock?sku=TEN-SKU").json();
        assertThat(mine.get("items").valueStream().map(s -> s.get("locationId").asString())).containsExactly("TEN-A");
        assertThat(http.as(WMS_A).get("/api/v1/stock?locationId=TEN-B").json().get("totalItems").asLong()).isZero();
        assertThat(http.as(WMS_A).put("/api/v1/stock/TEN-A/TEN-SKU", Map.of("onHand", 0)).status()).isEqualTo(403);

        assertThat(http.as(WMS_A).get("/api/v1/availability/TEN-A/TEN-SKU").json().get("onHand").asInt()).isEqualTo(5);
        assertThat(http.as(WMS_A).get("/api/v1/availability/TEN-B/TEN-SKU").status()).isEqualTo(404);
        // a store's POS is also a channel: it sees availability anywhere, as a shop does
        assertThat(http.as(POS_A).get("/api/v1/availability/TEN-B/TEN-SKU").json().get("onHand").asInt()).isEqualTo(7);
        assertThat(http.as(POS_A).get("/api/v1/stock/TEN-B/TEN-SKU").status()).isEqualTo(404);
    }

    @Test
    void aChannelWorksOnlyItsOwnReservationsAndIsAnsweredAsItself() {
        UUID marketplaces = UUID.randomUUID();
        assertThat(http.as(MARKETPLACE).put("/api/v1/reservations/" + marketplaces, reservation("MARKETPLACE", 3)).status())
                .isEqualTo(201);

        // another channel's reservation does not exist for the web shop, and stays as it was
        assertThat(http.as(WEB).get("/api/v1/reservations/" + marketplaces).status()).isEqualTo(404);
        assertThat(http.as(WEB).exchange(org.springframework.http.HttpMethod.DELETE, "/api/v1/reservations/" + marketplaces,
                null, org.springframework.http.MediaType.APPLICATION_JSON).status()).isEqualTo(404);
        assertThat(http.as(WEB).put("/api/v1/reservations/" + marketplaces, reservation("WEB_SHOP", 1)).status()).isEqualTo(404);
        JsonNode kept = http.get("/api/v1/reservations/" + marketplaces).json();
        assertThat(kept.get("state").asString()).isEqualTo("ACTIVE");
        assertThat(kept.get("quantity").asInt()).isEqualTo(3);

        // nor can it reserve for another channel
        UUID forged = UUID.randomUUID();
        assertThat(http.as(WEB).put("/api/v1/reservations/" + forged, reservation("MARKETPLACE", 1)).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/reservations/" + forged).status()).isEqualTo(404);

        UUID own = UUID.randomUUID();
        assertThat(http.as(WEB).put("/api/v1/reservations/" + own, reservation("WEB_SHOP", 1)).status()).isEqualTo(201);
        assertThat(ids(http.as(WEB).get("/api/v1/reservations?sku=TEN-SKU").json())).containsExactly(own.toString());
        assertThat(ids(http.as(MARKETPLACE).get("/api/v1/reservations?sku=TEN-SKU").json())).containsExactly(marketplaces.toString());
        assertThat(ids(http.as(TestCaller.of("carla", Roles.CS_AGENT)).get("/api/v1/reservations?sku=TEN-SKU").json()))
                .containsExactlyInAnyOrder(own.toString(), marketplaces.toString());

        // asking as the marketplace (forged channel parameter or body) still answers for the web shop
        String path = "/api/v1/availability/TEN-A/TEN-SKU?channel=";
        await().atMost(Duration.ofSeconds(10)).until(() ->
                http.get(path + "WEB_SHOP").json().get("reservedForChannel").asInt() == 1);
        JsonNode forWeb = http.get(path + "WEB_SHOP").json();
        JsonNode forMarketplace = http.get(path + "MARKETPLACE").json();
        assertThat(forMarketplace.get("reservedForChannel").asInt()).isEqualTo(3);
        assertThat(forMarketplace.get("atpNow").asInt()).isGreaterThan(forWeb.get("atpNow").asInt());
        JsonNode asWeb = http.as(WEB).get(path + "MARKETPLACE").json();
        assertThat(asWeb.get("channel").asString()).isEqualTo("WEB_SHOP");
        assertThat(asWeb.get("reservedForChannel").asInt()).isEqualTo(1);
        assertThat(asWeb.get("atpNow").asInt()).isEqualTo(forWeb.get("atpNow").asInt());
        Map<String, Object> cart = Map.of("latitude", 52.5321, "longitude", 13.3849, "radiusKm", 1,
                "lines", List.of(Map.of("sku", "TEN-SKU", "quantity", 1)));
        JsonNode cartAsWeb = http.as(WEB).post("/api/v1/availability/carts", with(cart, "MARKETPLACE")).json();
        assertThat(cartAsWeb).isEqualTo(http.post("/api/v1/availability/carts", with(cart, "WEB_SHOP")).json());
        assertThat(cartAsWeb).isNotEqualTo(http.post("/api/v1/availability/carts", with(cart, "MARKETPLACE")).json());

        assertThat(http.as(WEB).exchange(org.springframework.http.HttpMethod.DELETE, "/api/v1/reservations/" + own, null,
                org.springframework.http.MediaType.APPLICATION_JSON).json().get("state").asString()).isEqualTo("RELEASED");
    }

    private void stock(String location, String sku, int onHand) {
        assertThat(http.put("/api/v1/stock/" + location + "/" + sku, Map.of("onHand", onHand)).status()).isIn(200, 201);
    }

    private static Map<String, Object> reservation(String channel, int quantity) {
        return Map.of("sku", "TEN-SKU", "locationId", "TEN-A", "channel", channel, "quantity", quantity);
    }

    private static Map<String, Object> with(Map<String, Object> cart, String channel) {
        var body = new java.util.HashMap<>(cart);
        body.put("channel", channel);
        return body;
    }

    private static List<String> ids(JsonNode list) {
        return list.valueStream().map(r -> r.get("id").asString()).toList();
    }
}
