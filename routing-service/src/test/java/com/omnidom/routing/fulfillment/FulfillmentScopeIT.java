package com.omnidom.routing.fulfillment;

import com.omnidom.platform.security.Roles;
import com.omnidom.routing.World;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.TestCaller;
import com.omnidom.testsupport.Wire;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

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

/**
 * Stores and partners see and work only their own locations' fulfilment orders, exactly the calls the demo's
 * locations make (list ALLOCATED, acknowledge, reject, ship, ready-for-pickup, picked-up); another location's is a
 * 404 and stays as it was; cs-agents read everything, ops may also act anywhere.
 */
@OmnidomServiceTest
class FulfillmentScopeIT {

    private static final TestCaller STORE_A = TestCaller.of("SCO-A", Roles.CHANNEL, Roles.STORE)
            .withChannel("STORE_POS").withLocation("SCO-A");
    private static final TestCaller STORE_B = TestCaller.of("SCO-B", Roles.CHANNEL, Roles.STORE)
            .withChannel("STORE_POS").withLocation("SCO-B");
    private static final TestCaller PARTNER_P = TestCaller.of("SCO-PARTNER-P", Roles.PARTNER).withPartner("SCO-PARTNER-P");
    private static final TestCaller PARTNER_Q = TestCaller.of("SCO-PARTNER-Q", Roles.PARTNER).withPartner("SCO-PARTNER-Q");
    private static final List<String> STEPS = List.of("acknowledge", "reject", "ship", "ready-for-pickup", "picked-up");

    private final World world;
    private final Http http;

    FulfillmentScopeIT(Http http, Wire wire, @Autowired JdbcTemplate jdbc) {
        this.http = http;
        this.world = new World(wire, jdbc);
    }

    @Test
    void aStoreSeesAndWorksOnlyItsOwnLocationsFulfilments() {
        world.location("SCO-A", BERLIN, null, SHIP, PICKUP);
        world.location("SCO-B", HAMBURG, null);
        world.stock("SCO-SKU-A", "SCO-A", 10);
        world.stock("SCO-SKU-B", "SCO-B", 10);
        world.awaitReplicas();
        UUID shipA = allocated(shipOrder(UUID.randomUUID(), POTSDAM, line("1", "SCO-SKU-A", 1)), "SCO-A");
        UUID pickupA = allocated(pickupOrder(UUID.randomUUID(), "SCO-A", line("1", "SCO-SKU-A", 1)), "SCO-A");
        UUID rejectA = allocated(shipOrder(UUID.randomUUID(), POTSDAM, line("1", "SCO-SKU-A", 1)), "SCO-A");
        UUID orderB = UUID.randomUUID();
        UUID shipB = allocated(shipOrder(orderB, POTSDAM, line("1", "SCO-SKU-B", 1)), "SCO-B");

        // another store's fulfilment does not exist for A: every read and step is a 404, and B's stays ALLOCATED
        assertThat(http.as(STORE_A).get("/api/v1/fulfillments/" + shipB).status()).isEqualTo(404);
        assertThat(STEPS).allSatisfy(step -> assertThat(http.as(STORE_A).post("/api/v1/fulfillments/" + shipB + "/" + step,
                body(step)).status()).as(step).isEqualTo(404));
        assertThat(http.as(STORE_A).post("/api/v1/fulfillments/" + shipB + "/picked-up", Map.of("pickupCode", "123456"))
                .status()).isEqualTo(404);
        assertThat(http.get("/api/v1/fulfillments/" + shipB).json().get("status").asString()).isEqualTo("ALLOCATED");
        assertThat(world.count("SELECT wrong_pickup_codes FROM fulfillment_order WHERE id = ?", shipB)).isZero();
        assertThat(http.as(STORE_A).get("/api/v1/orders/" + orderB + "/fulfillments").json().isEmpty()).isTrue();
        assertThat(http.as(STORE_A).get("/api/v1/fulfillments?locationId=SCO-B").json().get("totalItems").asLong()).isZero();

        // A's list (as the demo's location polls it) holds only A's, all of them
        JsonNode list = http.as(STORE_A).get("/api/v1/fulfillments?status=ALLOCATED&size=200").json();
        assertThat(list.get("items").valueStream().map(f -> f.get("locationId").asString())).containsOnly("SCO-A");
        assertThat(ids(list)).containsExactlyInAnyOrder(shipA.toString(), pickupA.toString(), rejectA.toString());
        assertThat(ids(http.as(STORE_A).get("/api/v1/fulfillments?locationId=SCO-A&status=ALLOCATED").json()))
                .containsExactlyInAnyOrder(shipA.toString(), pickupA.toString(), rejectA.toString());
        assertThat(ids(http.as(STORE_B).get("/api/v1/fulfillments?status=ALLOCATED").json())).containsExactly(shipB.toString());

        // and A does its own work
        assertThat(step(STORE_A, shipA, "acknowledge")).isEqualTo("ACKNOWLEDGED");
        assertThat(step(STORE_A, shipA, "ship")).isEqualTo("SHIPPED");
        assertThat(step(STORE_A, pickupA, "acknowledge")).isEqualTo("ACKNOWLEDGED");
        assertThat(step(STORE_A, pickupA, "ready-for-pickup")).isEqualTo("READY_FOR_PICKUP");
        assertThat(step(STORE_A, pickupA, "picked-up")).isEqualTo("PICKED_UP");
        assertThat(step(STORE_A, rejectA, "reject")).isEqualTo("REJECTED");
        assertThat(http.as(STORE_A).get("/api/v1/fulfillments/" + shipA).json().get("carrier").asString()).isEqualTo("DHL");
    }

    @Test
    void aPartnerSeesAndWorksOnlyItsOwnLocationsFulfilments() {
        world.partnerLocation("SCO-P1", "SCO-PARTNER-P", MUNICH);
        world.partnerLocation("SCO-P2", "SCO-PARTNER-P", HAMBURG);
        world.partnerLocation("SCO-Q1", "SCO-PARTNER-Q", BERLIN);
        world.stock("SCO-SKU-P1", "SCO-P1", 10);
        world.stock("SCO-SKU-P2", "SCO-P2", 10);
        world.stock("SCO-SKU-Q1", "SCO-Q1", 10);
        world.awaitReplicas();
        UUID p1 = allocated(shipOrder(UUID.randomUUID(), POTSDAM, line("1", "SCO-SKU-P1", 1)), "SCO-P1");
        UUID p2 = allocated(shipOrder(UUID.randomUUID(), POTSDAM, line("1", "SCO-SKU-P2", 1)), "SCO-P2");
        UUID orderQ = UUID.randomUUID();
        UUID q1 = allocated(shipOrder(orderQ, POTSDAM, line("1", "SCO-SKU-Q1", 1)), "SCO-Q1");

        assertThat(http.as(PARTNER_P).get("/api/v1/fulfillments/" + q1).status()).isEqualTo(404);
        assertThat(STEPS).allSatisfy(step -> assertThat(http.as(PARTNER_P).post("/api/v1/fulfillments/" + q1 + "/" + step,
                body(step)).status()).as(step).isEqualTo(404));
        assertThat(http.get("/api/v1/fulfillments/" + q1).json().get("status").asString()).isEqualTo("ALLOCATED");
        assertThat(http.as(PARTNER_P).get("/api/v1/orders/" + orderQ + "/fulfillments").json().isEmpty()).isTrue();
        assertThat(http.as(PARTNER_P).get("/api/v1/fulfillments?locationId=SCO-Q1").json().get("totalItems").asLong()).isZero();

        JsonNode list = http.as(PARTNER_P).get("/api/v1/fulfillments?size=200").json();
        assertThat(list.get("items").valueStream().map(f -> f.get("locationId").asString())).containsOnly("SCO-P1", "SCO-P2");
        assertThat(ids(list)).containsExactlyInAnyOrder(p1.toString(), p2.toString());
        assertThat(ids(http.as(PARTNER_P).get("/api/v1/fulfillments?locationId=SCO-P1&status=ALLOCATED").json()))
                .containsExactly(p1.toString());
        assertThat(ids(http.as(PARTNER_Q).get("/api/v1/fulfillments").json())).containsExactly(q1.toString());

        assertThat(step(PARTNER_P, p1, "acknowledge")).isEqualTo("ACKNOWLEDGED");
        assertThat(step(PARTNER_P, p1, "ship")).isEqualTo("SHIPPED");
        assertThat(step(PARTNER_P, p2, "reject")).isEqualTo("REJECTED");
        // a store token is no partner: the partner's fulfilment is unknown to it
        assertThat(http.as(STORE_A).get("/api/v1/fulfillments/" + q1).status()).isEqualTo(404);
    }

    @Test
    void csAgentsReadEveryLocationsFulfilmentsOpsMayAlsoActForAny() {
        world.location("SCO-C", BERLIN, null);
        world.stock("SCO-SKU-C", "SCO-C", 10);
        world.awaitReplicas();
        UUID orderId = UUID.randomUUID();
        UUID c = allocated(shipOrder(orderId, POTSDAM, line("1", "SCO-SKU-C", 1)), "SCO-C");
        Http agent = http.as(TestCaller.of("carla", Roles.CS_AGENT));

        assertThat(agent.get("/api/v1/fulfillments/" + c).json().get("locationId").asString()).isEqualTo("SCO-C");
        assertThat(ids(agent.get("/api/v1/orders/" + orderId + "/fulfillments").json())).containsExactly(c.toString());
        assertThat(ids(agent.get("/api/v1/fulfillments?locationId=SCO-C").json())).containsExactly(c.toString());
        assertThat(agent.post("/api/v1/fulfillments/" + c + "/acknowledge", null).status()).isEqualTo(403);
        assertThat(step(TestCaller.of("otto", Roles.OPS), c, "acknowledge")).isEqualTo("ACKNOWLEDGED");
        // a partner token without its partner claim is refused rather than shown everything
        assertThat(http.as(TestCaller.of("nobody", Roles.PARTNER)).get("/api/v1/fulfillments").status()).isEqualTo(403);
    }

    /** Routes the order (to the only location holding its article) and lets inventory confirm it: ALLOCATED. */
    private UUID allocated(com.omnidom.events.order.OrderAccepted order, String locationId) {
        world.publish(order);
        UUID id = (UUID) world.awaitFulfillments(order.orderId(), 1).getFirst().get("id");
        world.allocated(order.orderId(), id, locationId);
        world.awaitStatus(id, "ALLOCATED");
        return id;
    }

    private String step(TestCaller caller, UUID fulfillment, String step) {
        Http.Response answer = http.as(caller).post("/api/v1/fulfillments/" + fulfillment + "/" + step, body(step));
        assertThat(answer.status()).as(step + " " + answer.text()).isEqualTo(200);
        return answer.json().get("status").asString();
    }

    private static Map<String, String> body(String step) {
        return switch (step) {
            case "reject" -> Map.of("reason", "NOT_FOUND");
            case "ship" -> Map.of("carrier", "DHL", "trackingNumber", "00340434161094042557");
            case "picked-up" -> Map.of("identityCheck", "ID card");
            default -> null;
        };
    }

    private static List<String> ids(JsonNode pageOrList) {
        JsonNode items = pageOrList.has("items") ? pageOrList.get("items") : pageOrList;
        return items.valueStream().map(f -> f.get("fulfillmentId").asString()).toList();
    }
}
