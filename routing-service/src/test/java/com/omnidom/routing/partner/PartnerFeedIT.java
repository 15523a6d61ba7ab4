package com.omnidom.routing.partner;

import com.omnidom.events.CloudEventHeaders;
import com.omnidom.events.Topics;
import com.omnidom.events.catalog.LocationChanged;
import com.omnidom.events.order.OrderAccepted;
import com.omnidom.platform.security.Roles;
import com.omnidom.routing.World;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.TestCaller;
import com.omnidom.testsupport.TopicProbe;
import com.omnidom.testsupport.Wire;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.omnidom.routing.World.BERLIN;
import static com.omnidom.routing.World.POTSDAM;
import static com.omnidom.routing.World.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A partner location's fulfilment orders reach that partner's own topic, with the ship-to and nothing more. */
@OmnidomServiceTest
class PartnerFeedIT {

    private static final String PARTNER = "PF-ACME";
    private static final String PARTNER_TOPIC = "partner.PF-ACME.fulfillment-orders.v1";

    private final JdbcTemplate jdbc;
    private final Wire wire;
    private final World world;
    private final Http http;

    PartnerFeedIT(Http http, Wire wire, @Autowired JdbcTemplate jdbc) {
        this.http = http;
        this.wire = wire;
        this.jdbc = jdbc;
        this.world = new World(wire, jdbc);
    }

    @Test
    void aPartnersFulfilmentOrderReachesItsOwnTopicWithTheShipToAndNoPaymentOrContactData() throws Exception {
        partnerLocation("PF-DS-1", PARTNER);
        world.stock("PF-SOFA", "PF-DS-1", 10);
        world.awaitReplicas();
        // the topic exists as soon as the partner's location is known, before any order
        await().atMost(Duration.ofSeconds(30)).until(() -> topics().contains(PARTNER_TOPIC));
        assertThat(Topics.partnerFulfillmentOrders(PARTNER).name()).isEqualTo(PARTNER_TOPIC);

        UUID orderId = UUID.randomUUID();
        world.publish(order(orderId, line("1", "PF-SOFA", 2), line("2", "PF-SOFA", 1)));
        UUID fulfillmentId = (UUID) world.awaitFulfillments(orderId, 1).getFirst().get("id");

        ConsumerRecord<String, byte[]> assigned = TopicProbe.atLeast(wire.bootstrap(), PARTNER_TOPIC, 1, fulfillmentId.toString())
                .getFirst();
        assertThat(assigned.key()).isEqualTo(fulfillmentId.toString());
        assertThat(TopicProbe.header(assigned, CloudEventHeaders.TYPE)).isEqualTo("omnidom.routing.partner-fulfillment-order-changed.v1");
        assertThat(TopicProbe.header(assigned, CloudEventHeaders.SOURCE)).isEqualTo("/omnidom/routing-service");
        assertThat(TopicProbe.header(assigned, CloudEventHeaders.SUBJECT)).isEqualTo(fulfillmentId.toString());
        JsonNode event = Http.JSON.readTree(assigned.value());
        assertThat(TopicProbe.header(assigned, CloudEventHeaders.ID)).isEqualTo(event.get("eventId").asString());
        assertThat(event.get("fulfillmentId").asString()).isEqualTo(fulfillmentId.toString());
        assertThat(event.get("orderId").asString()).isEqualTo(orderId.toString());
        assertThat(event.get("orderNumber").asString()).isEqualTo("WEB-PF-1");
        assertThat(event.get("partnerId").asString()).isEqualTo(PARTNER);
        assertThat(event.get("locationId").asString()).isEqualTo("PF-DS-1");
        assertThat(event.get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(event.get("mode").asString()).isEqualTo("SHIP");
        assertThat(event.get("lines").valueStream().map(l -> l.get("lineId").asString() + ":" + l.get("sku").asString() + "x"
                + l.get("quantity").asInt())).containsExactlyInAnyOrder("1:PF-SOFAx2", "2:PF-SOFAx1");
        assertThat(event.get("cancelledLines").isEmpty()).isTrue();
        assertThat(event.get("shipTo")).isEqualTo(Http.JSON.readTree("""
                {"name": "Erika Mustermann", "street": "Street 2", "postalCode": "14467", "city": "Potsdam", "country": "DE"}"""));
        assertThat(event.get("deliverBy").asString()).isEqualTo("2030-05-17");
        assertThat(event.get("express").asBoolean()).isTrue();
        // exactly the documented properties: no prices, tenders, e-mail or phone anywhere in the record
        assertThat(Set.copyOf(event.propertyNames())).isEqualTo(Set.of("eventId", "occurredAt", "fulfillmentId", "orderId",
                "orderNumber", "partnerId", "locationId", "status", "lines", "cancelledLines", "mode", "shipTo", "deliverBy", "express"));
        String raw = new String(assigned.value(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(raw).doesNotContain("erika@example.com", "+49 30 1234567", "PSP-AUTH-4711", "tender", "unitPrice", "19.99");

        // the partner's REST view of the same fulfilment order shows what it needs to ship it, and no more
        Http.Response rest = http.as(TestCaller.of(PARTNER, Roles.PARTNER).withPartner(PARTNER))
                .get("/api/v1/fulfillments/" + fulfillmentId);
        assertThat(rest.status()).as(rest.text()).isEqualTo(200);
        JsonNode view = rest.json();
        assertThat(view.get("orderNumber").asString()).isEqualTo("WEB-PF-1");
        assertThat(view.get("shipTo")).isEqualTo(event.get("shipTo"));
        assertThat(view.get("deliverBy").asString()).isEqualTo("2030-05-17");
        assertThat(view.get("express").asBoolean()).isTrue();
        assertThat(rest.text()).doesNotContain("erika@example.com", "+49 30 1234567", "unitPrice", "19.99");

        // the customer cancels line 2 before shipment: the partner sees what is left and what was taken out
        world.cancel(orderId, World.cancelled("2", "PF-SOFA", 1));
        List<ConsumerRecord<String, byte[]>> events = TopicProbe.atLeast(wire.bootstrap(), PARTNER_TOPIC, 2, fulfillmentId.toString());
        JsonNode changed = Http.JSON.readTree(events.get(1).value());
        assertThat(changed.get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(changed.at("/lines/0/lineId").asString()).isEqualTo("1");
        assertThat(changed.get("lines")).hasSize(1);
        assertThat(changed.at("/cancelledLines/0/lineId").asString()).isEqualTo("2");
        assertThat(changed.at("/cancelledLines/0/quantity").asInt()).isEqualTo(1);

        // then inventory cannot allocate it: the partner must stop, routing takes it back
        world.allocationFailed(orderId, fulfillmentId, "PF-DS-1");
        events = TopicProbe.atLeast(wire.bootstrap(), PARTNER_TOPIC, 3, fulfillmentId.toString());
        JsonNode withdrawn = Http.JSON.readTree(events.get(2).value());
        assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("lines")).isEmpty();
    }

    @Test
    void aFulfilmentOrderOfALocationWithoutPartnerGoesToNoPartnerTopic() throws Exception {
        world.location("PF-STORE-1", BERLIN, null);
        world.stock("PF-LAMP", "PF-STORE-1", 10);
        world.awaitReplicas();

        UUID orderId = UUID.randomUUID();
        world.publish(order(orderId, line("1", "PF-LAMP", 1)));
        world.awaitFulfillments(orderId, 1);
        // the feed has seen routing's FulfillmentAssigned of this order (the inbox row) and published nothing for it
        var assigned = wire.atLeast(Topics.FULFILLMENT_EVENTS, 1, orderId.toString()).getFirst();
        UUID assignedId = UUID.fromString(TopicProbe.header(assigned, CloudEventHeaders.ID));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                world.count("SELECT count(*) FROM processed_event WHERE event_id = ?", assignedId) == 1);
        assertThat(world.count("SELECT count(*) FROM outbox WHERE aggregatetype LIKE 'partner.%' AND payload->>'orderId' = ?",
                orderId.toString())).isZero();
        assertThat(world.count("SELECT count(*) FROM outbox WHERE aggregatetype = ? AND aggregateid = ?",
                Topics.FULFILLMENT_EVENTS.name(), orderId.toString())).isEqualTo(1);
        assertThat(topics()).noneMatch(t -> t.startsWith("partner.") && !t.startsWith("partner." + PARTNER + "."));
    }

    @Test
    void aPartnerIdThatCannotNameATopicGetsNoFeed() throws Exception {
        partnerLocation("PF-DS-DOT", "EVIL.PF-ACME");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                world.count("SELECT count(*) FROM partner_location WHERE location_id = 'PF-DS-DOT'") == 1);
        assertThat(jdbc.queryForObject("SELECT partner_id FROM partner_location WHERE location_id = 'PF-DS-DOT'", String.class))
                .isNull();
        assertThat(topics()).noneMatch(t -> t.startsWith("partner.EVIL"));
    }

    private void partnerLocation(String id, String partnerId) {
        world.publish(new LocationChanged(UUID.randomUUID(), Instant.now(), id, 1, LocationChanged.LocationType.DROP_SHIPPER,
                "Drop shipper " + id, new LocationChanged.Address("Werkstraße 1", "33602", "Bielefeld", "DE"), BERLIN,
                "Europe/Berlin", List.of(), List.of(), new LocationChanged.Capacity(null, null), null,
                List.of(LocationChanged.Capability.SHIP), partnerId, true));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                world.count("SELECT count(*) FROM location_replica WHERE location_id = ?", id) == 1);
    }

    /** A SHIP order with everything a partner must not see: e-mail, phone, prices, a tender with its PSP reference. */
    private static OrderAccepted order(UUID orderId, OrderAccepted.Line... lines) {
        boolean first = lines[0].sku().equals("PF-SOFA");
        return new OrderAccepted(UUID.randomUUID(), Instant.now(), orderId, first ? "WEB-PF-1" : "WEB-PF-2",
                OrderAccepted.Channel.WEB_SHOP,
                new OrderAccepted.Customer("C-PF", "Erika Mustermann", "erika@example.com", "+49 30 1234567", "de"),
                List.of(lines), "EUR", new BigDecimal("19.99"),
                new OrderAccepted.Delivery(OrderAccepted.DeliveryMode.SHIP,
                        new OrderAccepted.Address("Erika Mustermann", "Street 2", "14467", "Potsdam", "DE"), POTSDAM, null,
                        LocalDate.parse("2030-05-17"), true),
                List.of(new OrderAccepted.Tender("T-1", OrderAccepted.TenderType.CARD, new BigDecimal("19.99"), "PSP-AUTH-4711")),
                false);
    }

    private Set<String> topics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, wire.bootstrap()))) {
            return admin.listTopics().names().get();
        }
    }
}
