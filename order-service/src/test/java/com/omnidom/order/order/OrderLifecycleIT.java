package com.omnidom.order.order;

import org.junit.jupiter.api.BeforeEach;
import com.omnidom.order.TestCatalog;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.inventory.StockAllocated;
import com.omnidom.events.inventory.StockLine;
import com.omnidom.events.inventory.StockReleased;
import com.omnidom.events.payment.AuthorizationReleased;
import com.omnidom.events.payment.TenderAmount;
import com.omnidom.events.routing.FulfillmentAssigned;
import com.omnidom.events.routing.FulfillmentCancelled;
import com.omnidom.events.routing.FulfillmentDeferred;
import com.omnidom.events.routing.FulfillmentLine;
import com.omnidom.events.routing.FulfillmentMode;
import com.omnidom.events.routing.FulfillmentPickupExpired;
import com.omnidom.events.routing.FulfillmentPickupReminderDue;
import com.omnidom.events.routing.FulfillmentReadyForPickup;
import com.omnidom.events.routing.FulfillmentShipped;
import com.omnidom.order.OrderTestClient;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.TestCaller;
import com.omnidom.testsupport.Wire;
import com.omnidom.testsupport.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static com.omnidom.order.SampleOrders.aTwoLineOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Service actions over REST and the other services' answers to them, folded whatever order they arrive in. */
@OmnidomServiceTest
class OrderLifecycleIT {

    /** Orders are checked against the catalog: the sample orders' articles, published as catalog-service would. */
    @BeforeEach
    void articlesInTheReplica(Wire wire, @Autowired JdbcTemplate jdbcTemplate) {
        TestCatalog.seed(wire, jdbcTemplate);
    }

    static final String CANCELLED = "omnidom.order.order-cancelled.v1";

    private final OrderTestClient client;
    /** Customer service as agent.smith's token says; the bodies' who-fields claim "mallory", which must not count. */
    private final Http agent;
    private final Wire wire;
    private final Http ops;
    private final MeterRegistry meters;

    OrderLifecycleIT(Http http, Wire wire, @Autowired JdbcTemplate jdbc, @Autowired MeterRegistry meters) {
        this.client = new OrderTestClient(http, jdbc);
        this.ops = http;
        this.meters = meters;
        this.agent = http.as(TestCaller.of("agent.smith", "cs-agent"));
        this.wire = wire;
    }

    @Test
    void cancellingAnOrderBeforeRoutingCancelsEveryUnitAndTellsDownstream() {
        double accepted = count("omnidom.orders.accepted", "channel", "WEB_SHOP");
        double wholeOrders = count("omnidom.orders.cancelled", "scope", "order");
        double someLines = count("omnidom.orders.cancelled", "scope", "lines");
        String id = place("LC-CANCEL", 2);
        assertThat(count("omnidom.orders.accepted", "channel", "WEB_SHOP") - accepted).isEqualTo(1);

        Http.Response cancelled = cancel(id, null);
        assertThat(count("omnidom.orders.cancelled", "scope", "order") - wholeOrders).isEqualTo(1);
        assertThat(count("omnidom.orders.cancelled", "scope", "lines") - someLines).isZero();
        assertThat(ops.get("/actuator/prometheus").text())
                .contains("omnidom_orders_accepted_total{channel=\"WEB_SHOP\"}", "omnidom_orders_cancelled_total{scope=\"order\"}");

        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().at("/lines/0/quantities/cancelled").asInt()).isEqualTo(2);
        assertThat(cancelled.json().at("/lines/1/quantities/cancelled").asInt()).isEqualTo(1);
        JsonNode event = client.lastEvent(id, CANCELLED);
        assertThat(event.get("cancelledBy").asString()).isEqualTo("agent.smith");
        assertThat(event.get("lines").valueStream().map(l -> l.get("lineId").asString() + "×" + l.get("quantity").asInt()))
                .containsExactly("1×2", "2×1");

        Http.Response again = cancel(id, null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("detail").asString()).contains("no open units");
    }

    @Test
    void cancellingShippedUnitsIsRefusedAndChangesNothing() {
        String id = place("LC-SHIPPED", 2);
        UUID f = UUID.randomUUID();
        publish(assigned(id, f, line("1", "A-000010", 2), line("2", "B-000002", 1)));
        publish(shipped(id, f, line("1", "A-000010", 2)));
        awaitOrder(id, o -> o.get("status").asString().equals("PARTIALLY_SHIPPED"));

        Http.Response tooLate = cancel(id, List.of(Map.of("lineId", "1", "quantity", 1)));
        Http.Response unknownLine = cancel(id, List.of(Map.of("lineId", "9", "quantity", 1)));

        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.contentType()).startsWith("application/problem+json");
        assertThat(tooLate.json().get("detail").asString()).contains("line 1", "only 0 of 2 are open", "2 shipped");
        assertThat(unknownLine.status()).isEqualTo(422);
        assertThat(client.eventTypes(id)).doesNotContain(CANCELLED);
        assertThat(client.order(id).at("/lines/0/quantities/cancelled").asInt()).isZero();

        double someLines = count("omnidom.orders.cancelled", "scope", "lines");
        double wholeOrders = count("omnidom.orders.cancelled", "scope", "order");
        Http.Response rest = cancel(id, List.of(Map.of("lineId", "2", "quantity", 1)));
        assertThat(rest.status()).isEqualTo(200);
        assertThat(rest.json().get("status").asString()).isEqualTo("COMPLETED");
        // the refused attempts counted nothing; the last unit cancelled while two were shipped is a lines cancellation
        assertThat(count("omnidom.orders.cancelled", "scope", "lines") - someLines).isEqualTo(1);
        assertThat(count("omnidom.orders.cancelled", "scope", "order") - wholeOrders).isZero();
    }

    @Test
    void anExpiredPickupCancelsExactlyItsUnitsWhichNoAgentMayAndEveryAnswerFolds() {
        ObjectNode pickupOrder = aTwoLineOrder("LC-PICKUP-EXPIRED", 2);
        pickupOrder.putObject("delivery").put("mode", "PICKUP").put("pickupLocationId", "STORE-1");
        String id = client.place(pickupOrder).get("id").asString();
        UUID orderId = UUID.fromString(id);
        UUID f = UUID.randomUUID();
        double cancellations = count("omnidom.orders.cancelled", "scope", "order") + count("omnidom.orders.cancelled", "scope", "lines");
        publish(new FulfillmentAssigned(UUID.randomUUID(), Instant.now(), orderId, f, "STORE-1",
                List.of(line("1", "A-000010", 2), line("2", "B-000002", 1)), FulfillmentMode.PICKUP, false));
        publish(new StockAllocated(UUID.randomUUID(), Instant.now(), orderId, f, "STORE-1",
                List.of(new StockLine("1", "A-000010", 2), new StockLine("2", "B-000002", 1))));
        Instant readySince = Instant.now();
        publish(new FulfillmentReadyForPickup(UUID.randomUUID(), readySince, orderId, f, "STORE-1",
                List.of(line("1", "A-000010", 2), line("2", "B-000002", 1)), "042917"));
        awaitOrder(id, o -> o.at("/lines/0/quantities/readyForPickup").asInt() == 2);

        // waiting at the store: too late for customer service, and the expiry's reason is not theirs to give
        Http.Response tooLate = cancel(id, null);
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.json().get("detail").asString()).contains("waiting at the store");
        Http.Response posing = agent.post("/api/v1/orders/" + id + "/cancellation", Map.of("reason", " pickup_expired "));
        assertThat(posing.status()).isEqualTo(422);
        assertThat(posing.json().at("/errors/0/field").asString()).isEqualTo("reason");

        publish(new FulfillmentPickupReminderDue(UUID.randomUUID(), Instant.now(), orderId, f, "STORE-1",
                List.of(line("1", "A-000010", 2), line("2", "B-000002", 1)), "042917", readySince, readySince.plus(Duration.ofDays(7))));
        awaitOrder(id, o -> types(o).contains("FulfillmentPickupReminderDue"));

        FulfillmentPickupExpired expired = new FulfillmentPickupExpired(UUID.randomUUID(), Instant.now(), orderId, f, "STORE-1",
                List.of(line("1", "A-000010", 2), line("2", "B-000002", 1)), readySince);
        publish(expired);
        publish(expired);
        JsonNode order = awaitOrder(id, o -> o.get("status").asString().equals("CANCELLED"));
        assertThat(order.at("/lines/0/quantities/cancelled").asInt()).isEqualTo(2);
        assertThat(order.at("/lines/0/quantities/readyForPickup").asInt()).isZero();
        assertThat(order.at("/lines/1/quantities/cancelled").asInt()).isEqualTo(1);
        assertThat(order.at("/fulfillments/0/status").asString()).isEqualTo("EXPIRED");
        assertThat(types(order)).contains("FulfillmentPickupExpired", "OrderCancelled");
        JsonNode event = client.lastEvent(id, CANCELLED);
        assertThat(event.get("reason").asString()).isEqualTo("PICKUP_EXPIRED");
        assertThat(event.get("cancelledBy").asString()).isEqualTo("pickup-expiry");
        assertThat(event.get("lines").valueStream().map(l -> l.get("lineId").asString() + "×" + l.get("sku").asString() + "×"
                + l.get("quantity").asInt())).containsExactly("1×A-000010×2", "2×B-000002×1");
        // the same expiry delivered twice cancels once; it is no customer service cancellation
        assertThat(client.eventTypes(id).stream().filter(CANCELLED::equals)).hasSize(1);
        assertThat(count("omnidom.orders.cancelled", "scope", "order") + count("omnidom.orders.cancelled", "scope", "lines"))
                .isEqualTo(cancellations);

        // routing takes the units off the expired fulfilment order, inventory releases them, payment the money
        publish(new FulfillmentCancelled(UUID.randomUUID(), Instant.now(), orderId, f, "STORE-1",
                List.of(line("1", "A-000010", 2), line("2", "B-000002", 1)), "PICKUP_EXPIRED"));
        publish(new StockReleased(UUID.randomUUID(), Instant.now(), orderId, f, "STORE-1",
                List.of(new StockLine("1", "A-000010", 2), new StockLine("2", "B-000002", 1)), "PICKUP_EXPIRED"));
        publish(new AuthorizationReleased(UUID.randomUUID(), Instant.now(), orderId, "EUR", new BigDecimal("30.00"),
                List.of(new TenderAmount("1", "CARD", new BigDecimal("30.00"), "rel-1")), "PICKUP_EXPIRED"));
        JsonNode settled = awaitOrder(id, o -> o.get("releasedAmount").asString().equals("30.00")
                && o.at("/lines/0/quantities/assigned").asInt() == 0 && o.at("/lines/0/quantities/allocated").asInt() == 0);
        assertThat(settled.at("/lines/1/quantities/assigned").asInt()).isZero();
        assertThat(settled.at("/fulfillments/0/status").asString()).isEqualTo("EXPIRED");
        assertThat(settled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(settled.get("timeline").valueStream().map(t -> t.get("summary").asString()))
                .anyMatch(text -> text.startsWith("Pickup at STORE-1 expired"))
                .anyMatch(text -> text.startsWith("Cancelled by pickup-expiry") && text.endsWith("(PICKUP_EXPIRED)"))
                .anyMatch(text -> text.startsWith("Still waiting for pickup at STORE-1"));
    }

    @Test
    void routingsAndInventorysAnswersToACancellationFoldRightInEitherOrderAndOnce() {
        String first = place("LC-OOO-1", 2);
        String second = place("LC-OOO-2", 2);
        UUID f1 = UUID.randomUUID();
        UUID f2 = UUID.randomUUID();
        for (var o : List.of(Map.entry(first, f1), Map.entry(second, f2))) {
            publish(assigned(o.getKey(), o.getValue(), line("1", "A-000010", 2), line("2", "B-000002", 1)));
            publish(new StockAllocated(UUID.randomUUID(), Instant.now(), UUID.fromString(o.getKey()), o.getValue(), "WH-1",
                    List.of(new StockLine("1", "A-000010", 2), new StockLine("2", "B-000002", 1))));
            awaitOrder(o.getKey(), x -> x.get("status").asString().equals("IN_FULFILLMENT"));
            assertThat(cancel(o.getKey(), List.of(Map.of("lineId", "1", "quantity", 2))).status()).isEqualTo(200);
        }

        // first: inventory's release before routing's cancellation, delivered twice; second: the other way round
        StockReleased released = released(first, f1);
        publish(released);
        publish(released);
        publish(fulfillmentCancelled(first, f1));
        publish(fulfillmentCancelled(second, f2));
        publish(released(second, f2));
        publish(new AuthorizationReleased(UUID.randomUUID(), Instant.now(), UUID.fromString(first), "EUR",
                new BigDecimal("20.00"), List.of(new TenderAmount("1", "CARD", new BigDecimal("20.00"), "psp-9")), "cancelled"));
        publish(new FulfillmentDeferred(UUID.randomUUID(), Instant.now(), UUID.fromString(second),
                List.of(line("2", "B-000002", 1)), "no stock", Instant.now().plus(Duration.ofDays(1))));

        JsonNode a = awaitOrder(first, o -> types(o).containsAll(List.of("StockReleased", "FulfillmentCancelled", "AuthorizationReleased")));
        JsonNode b = awaitOrder(second, o -> types(o).containsAll(List.of("StockReleased", "FulfillmentCancelled", "FulfillmentDeferred")));
        for (JsonNode o : List.of(a, b)) {
            assertThat(o.at("/lines/0/quantities/cancelled").asInt()).isEqualTo(2);
            assertThat(o.at("/lines/0/quantities/assigned").asInt()).isZero();
            assertThat(o.at("/lines/0/quantities/allocated").asInt()).isZero();
            assertThat(o.at("/lines/1/quantities/assigned").asInt()).isEqualTo(1);
            assertThat(o.at("/lines/1/quantities/allocated").asInt()).isEqualTo(1);
            assertThat(o.get("status").asString()).isEqualTo("IN_FULFILLMENT");
        }
        assertThat(types(a).stream().filter("StockReleased"::equals)).hasSize(1);
        assertThat(a.get("releasedAmount").asString()).isEqualTo("20.00");
        assertThat(b.get("timeline").valueStream().filter(t -> t.get("type").asString().equals("FulfillmentDeferred"))
                .findFirst().orElseThrow().get("summary").asString()).contains("no stock");
    }

    @Test
    void theDeliveryAddressChangesBeforeAssignmentOnly() {
        String id = place("LC-ADDRESS", 1);
        String promised = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(3).toString();
        Map<String, Object> change = Map.of("changedBy", "mallory", "delivery", Map.of("mode", "SHIP",
                "address", Map.of("name", "Anna Muster", "street", "  Neue   Str. 5 ", "postalCode", "80331", "city", "München", "country", "de"),
                "express", true, "promiseDate", promised));

        Http.Response changed = agent.put("/api/v1/orders/" + id + "/delivery", change);

        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().at("/delivery/address/street").asString()).isEqualTo("Neue Str. 5");
        assertThat(changed.json().at("/delivery/address/country").asString()).isEqualTo("DE");
        JsonNode event = client.lastEvent(id, "omnidom.order.delivery-address-changed.v1");
        assertThat(event.at("/delivery/address/city").asString()).isEqualTo("München");
        assertThat(event.get("changedBy").asString()).isEqualTo("agent.smith");
        assertThat(event.at("/delivery/promiseDate").asString()).isEqualTo(promised);
        assertThat(event.at("/delivery/express").asBoolean()).isTrue();
        assertThat(changed.json().at("/delivery/promiseDate").asString()).isEqualTo(promised);

        publish(assigned(id, UUID.randomUUID(), line("1", "A-000010", 1), line("2", "B-000002", 1)));
        awaitOrder(id, o -> o.get("status").asString().equals("ROUTED"));
        Http.Response late = agent.put("/api/v1/orders/" + id + "/delivery", change);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asString()).contains("assigned to WH-1");
    }

    @Test
    void aNoteGoesOnTheTimelineAndDownstream() {
        String id = place("LC-NOTE", 1);

        Http.Response noted = agent.post("/api/v1/orders/" + id + "/notes", Map.of("text", "call before delivery", "author", "mallory"));

        assertThat(noted.status()).isEqualTo(200);
        assertThat(noted.json().at("/timeline/1/summary").asString()).isEqualTo("agent.smith: call before delivery");
        assertThat(client.lastEvent(id, "omnidom.order.order-note-added.v1").get("text").asString()).isEqualTo("call before delivery");
        assertThat(agent.post("/api/v1/orders/" + id + "/notes", Map.of("text", "", "author", "x")).status()).isEqualTo(400);
    }

    @Test
    void aReplacementOrderIsLinkedToTheOriginalAndFreeUnlessPriced() {
        String id = place("LC-REPLACE", 2);
        UUID f = UUID.randomUUID();
        Map<String, Object> request = Map.of("reason", "defective", "requestedBy", "mallory",
                "lines", List.of(Map.of("lineId", "1", "quantity", 1)));
        assertThat(agent.post("/api/v1/orders/" + id + "/replacements", request).status()).isEqualTo(409);
        publish(assigned(id, f, line("1", "A-000010", 2), line("2", "B-000002", 1)));
        publish(shipped(id, f, line("1", "A-000010", 2)));
        awaitOrder(id, o -> o.get("status").asString().equals("PARTIALLY_SHIPPED"));

        Http.Response created = agent.post("/api/v1/orders/" + id + "/replacements", request);

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode replacement = created.json();
        assertThat(replacement.get("orderNumber").asString()).isEqualTo("LC-REPLACE-R1");
        assertThat(replacement.get("replacesOrderId").asString()).isEqualTo(id);
        assertThat(replacement.get("total").asString()).isEqualTo("0.00");
        assertThat(replacement.at("/lines/0/sku").asString()).isEqualTo("A-000010");
        JsonNode accepted = client.lastEvent(replacement.get("id").asString(), "omnidom.order.order-accepted.v1");
        assertThat(accepted.get("replacesOrderId").asString()).isEqualTo(id);
        assertThat(client.order(id).get("timeline").valueStream().map(t -> t.get("type").asString())).contains("ReplacementOrdered");
    }

    @Test
    void allReplacementsOfALineTogetherSendNoMoreThanWasHandedOver() {
        String id = place("LC-REPLACE-CAP", 2);
        UUID f = UUID.randomUUID();
        publish(assigned(id, f, line("1", "A-000010", 2), line("2", "B-000002", 1)));
        publish(shipped(id, f, line("1", "A-000010", 2)));
        awaitOrder(id, o -> o.get("status").asString().equals("PARTIALLY_SHIPPED"));

        assertThat(agent.post("/api/v1/orders/" + id + "/replacements", replacing("1", 1)).status()).isEqualTo(201);
        Http.Response tooMany = agent.post("/api/v1/orders/" + id + "/replacements", replacing("1", 2));
        assertThat(tooMany.status()).isEqualTo(409);
        assertThat(tooMany.contentType()).startsWith("application/problem+json");
        assertThat(tooMany.json().get("detail").asString()).contains("line 1").contains("1 replaced already");
        Http.Response second = agent.post("/api/v1/orders/" + id + "/replacements", replacing("1", 1));
        assertThat(second.status()).as(second.text()).isEqualTo(201);
        assertThat(second.json().get("orderNumber").asString()).isEqualTo("LC-REPLACE-CAP-R2");
        assertThat(agent.post("/api/v1/orders/" + id + "/replacements", replacing("1", 1)).status()).isEqualTo(409);
        // line 2 was never shipped: nothing to replace
        assertThat(agent.post("/api/v1/orders/" + id + "/replacements", replacing("2", 1)).status()).isEqualTo(409);
        assertThat(client.order(id).get("timeline").valueStream().filter(t -> t.get("type").asString().equals("ReplacementOrdered"))
                .map(t -> t.get("summary").asString())).hasSize(2).allMatch(text -> text.contains("agent.smith"));
    }

    private static Map<String, Object> replacing(String lineId, int quantity) {
        return Map.of("reason", "defective", "lines", List.of(Map.of("lineId", lineId, "quantity", quantity)));
    }

    private String place(String orderNumber, int quantityOfFirstLine) {
        return client.place(aTwoLineOrder(orderNumber, quantityOfFirstLine)).get("id").asString();
    }

    private Http.Response cancel(String id, List<Map<String, Object>> lines) {
        var body = new java.util.HashMap<String, Object>(Map.of("reason", "customer changed their mind", "cancelledBy", "mallory"));
        if (lines != null) body.put("lines", lines);
        return agent.post("/api/v1/orders/" + id + "/cancellation", body);
    }

    private double count(String name, String tag, String value) {
        var counter = meters.find(name).tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
    }

    private void publish(ContractEvent event) {
        wire.publish(event);
    }

    private JsonNode awaitOrder(String id, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> client.order(id), condition::test);
    }

    private static List<String> types(JsonNode order) {
        return order.get("timeline").valueStream().map(t -> t.get("type").asString()).toList();
    }

    private static FulfillmentLine line(String lineId, String sku, int quantity) {
        return new FulfillmentLine(lineId, sku, quantity);
    }

    private static FulfillmentAssigned assigned(String orderId, UUID fulfillmentId, FulfillmentLine... lines) {
        return new FulfillmentAssigned(UUID.randomUUID(), Instant.now(), UUID.fromString(orderId), fulfillmentId, "WH-1",
                List.of(lines), FulfillmentMode.SHIP, false);
    }

    private static FulfillmentShipped shipped(String orderId, UUID fulfillmentId, FulfillmentLine... lines) {
        return new FulfillmentShipped(UUID.randomUUID(), Instant.now(), UUID.fromString(orderId), fulfillmentId, "WH-1",
                List.of(lines), "DHL", "1");
    }

    private static FulfillmentCancelled fulfillmentCancelled(String orderId, UUID fulfillmentId) {
        return new FulfillmentCancelled(UUID.randomUUID(), Instant.now(), UUID.fromString(orderId), fulfillmentId, "WH-1",
                List.of(line("1", "A-000010", 2)), "order cancelled");
    }

    private static StockReleased released(String orderId, UUID fulfillmentId) {
        return new StockReleased(UUID.randomUUID(), Instant.now(), UUID.fromString(orderId), fulfillmentId, "WH-1",
                List.of(new StockLine("1", "A-000010", 2)), "fulfilment cancelled");
    }
}
