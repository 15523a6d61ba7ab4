package com.omnidom.order.order;

import org.junit.jupiter.api.BeforeEach;
import com.omnidom.order.TestCatalog;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.EventType;
import com.omnidom.events.inventory.StockAllocated;
import com.omnidom.events.inventory.StockLine;
import com.omnidom.events.payment.InvoiceIssued;
import com.omnidom.events.payment.PaymentCaptured;
import com.omnidom.events.payment.TenderAmount;
import com.omnidom.events.routing.FulfillmentAssigned;
import com.omnidom.events.routing.FulfillmentLine;
import com.omnidom.events.routing.FulfillmentMode;
import com.omnidom.events.routing.FulfillmentShipped;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.Wire;
import com.omnidom.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static com.omnidom.order.SampleOrders.aTwoLineOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Other services' events, published as their relays would, folded into the order. */
@OmnidomServiceTest
class OrderProgressIT {

    /** Orders are checked against the catalog: the sample orders' articles, published as catalog-service would. */
    @BeforeEach
    void articlesInTheReplica(Wire wire, @Autowired JdbcTemplate jdbcTemplate) {
        TestCatalog.seed(wire, jdbcTemplate);
    }

    @Autowired
    JdbcTemplate jdbc;

    private final Http http;
    private final Wire wire;

    OrderProgressIT(Http http, Wire wire) {
        this.http = http;
        this.wire = wire;
    }

    @Test
    void foldsAssignmentAllocationShipmentsAndCaptureIntoQuantitiesStatusMoneyAndTimeline() {
        UUID orderId = placeOrder("WEB-FOLD", 2);
        UUID fulfillmentId = UUID.randomUUID();

        publish(assigned(orderId, fulfillmentId, line("1", "A-000010", 2), line("2", "B-000002", 1)));
        JsonNode routed = awaitOrder(orderId, o -> status(o).equals("ROUTED"));
        assertThat(routed.at("/lines/0/quantities/assigned").asInt()).isEqualTo(2);
        assertThat(routed.at("/fulfillments/0/fulfillmentId").asString()).isEqualTo(fulfillmentId.toString());
        assertThat(routed.at("/fulfillments/0/locationId").asString()).isEqualTo("WH-1");
        assertThat(routed.at("/fulfillments/0/status").asString()).isEqualTo("ASSIGNED");

        publish(new StockAllocated(UUID.randomUUID(), Instant.now(), orderId, fulfillmentId, "WH-1",
                List.of(new StockLine("1", "A-000010", 2), new StockLine("2", "B-000002", 1))));
        JsonNode allocated = awaitOrder(orderId, o -> status(o).equals("IN_FULFILLMENT"));
        assertThat(allocated.at("/lines/0/quantities/allocated").asInt()).isEqualTo(2);
        assertThat(allocated.at("/lines/1/quantities/allocated").asInt()).isEqualTo(1);

        publish(shipped(orderId, fulfillmentId, line("1", "A-000010", 2)));
        JsonNode partly = awaitOrder(orderId, o -> status(o).equals("PARTIALLY_SHIPPED"));
        assertThat(partly.at("/lines/0/quantities/shipped").asInt()).isEqualTo(2);
        assertThat(partly.at("/lines/1/quantities/shipped").asInt()).isZero();
        assertThat(partly.at("/fulfillments/0/status").asString()).isEqualTo("SHIPPED");

        publish(shipped(orderId, fulfillmentId, line("2", "B-000002", 1)));
        publish(captured(orderId, fulfillmentId, "30.00"));
        JsonNode done = awaitOrder(orderId, o -> status(o).equals("COMPLETED") && o.get("capturedAmount").asString().equals("30.00"));

        assertThat(done.at("/lines/1/quantities/shipped").asInt()).isEqualTo(1);
        assertThat(done.get("timeline").valueStream().map(t -> t.get("type").asString()).toList()).containsExactly(
                "OrderAccepted", "FulfillmentAssigned", "StockAllocated", "FulfillmentShipped", "FulfillmentShipped",
                "PaymentCaptured");
        assertThat(done.at("/timeline/3/summary").asString()).contains("WH-1", "DHL", "line 1 (A-000010) × 2");
        assertThat(done.at("/timeline/5/summary").asString()).isEqualTo("Captured 30.00 EUR");
        assertThat(jdbc.queryForObject("SELECT status FROM customer_order WHERE id = ?", String.class, orderId))
                .isEqualTo("COMPLETED");
    }

    @Test
    void anEventDeliveredTwiceChangesTheOrderOnce() {
        UUID orderId = placeOrder("WEB-DUP", 3);
        UUID fulfillmentId = UUID.randomUUID();
        publish(assigned(orderId, fulfillmentId, line("1", "A-000010", 3)));
        FulfillmentShipped once = shipped(orderId, fulfillmentId, line("1", "A-000010", 1));
        PaymentCaptured capture = captured(orderId, fulfillmentId, "10.00");

        publish(once);
        publish(once);
        publish(capture);
        publish(capture);
        // later events of the same topics and key: once they applied, both copies before them were consumed
        publish(shipped(orderId, fulfillmentId, line("2", "B-000002", 1)));
        publish(new InvoiceIssued(UUID.randomUUID(), Instant.now(), orderId, UUID.randomUUID(), "INV-1", fulfillmentId, "EUR",
                new BigDecimal("8.40"), new BigDecimal("1.60"), new BigDecimal("10.00")));
        JsonNode order = awaitOrder(orderId, o -> types(o).contains("InvoiceIssued") && o.at("/lines/1/quantities/shipped").asInt() == 1);

        assertThat(order.at("/lines/0/quantities/shipped").asInt()).isEqualTo(1);
        assertThat(order.get("capturedAmount").asString()).isEqualTo("10.00");
        assertThat(types(order).stream().filter("FulfillmentShipped"::equals)).hasSize(2);
        assertThat(types(order).stream().filter("PaymentCaptured"::equals)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE event_id = ?", Long.class, once.eventId()))
                .isEqualTo(1);
    }

    @Test
    void anAllocationOvertakingItsAssignmentWaitsForIt() {
        UUID orderId = placeOrder("WEB-WAIT", 1);
        UUID fulfillmentId = UUID.randomUUID();
        // routing assigned first, but order-service reads inventory's topic first
        FulfillmentAssigned assignment = assigned(orderId, fulfillmentId, line("1", "A-000010", 1), line("2", "B-000002", 1));

        publish(new StockAllocated(UUID.randomUUID(), Instant.now(), orderId, fulfillmentId, "WH-1",
                List.of(new StockLine("1", "A-000010", 1), new StockLine("2", "B-000002", 1))));
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> order(orderId).at("/lines/0/quantities/allocated").asInt() == 0);
        publish(assignment);

        JsonNode order = awaitOrder(orderId, o -> status(o).equals("IN_FULFILLMENT"));
        assertThat(order.at("/lines/0/quantities/allocated").asInt()).isEqualTo(1);
        assertThat(types(order)).containsExactly("OrderAccepted", "FulfillmentAssigned", "StockAllocated");
    }

    @Test
    void anEventForAnUnknownOrderGoesToTheDeadLetterTopicAndLaterEventsStillApply() {
        UUID unknown = UUID.randomUUID();
        FulfillmentShipped foreign = shipped(unknown, UUID.randomUUID(), line("1", "A-000010", 1));

        publish(foreign);

        ConsumerRecord<String, byte[]> dead = TopicProbe.read(wire.bootstrap(), EventType.FULFILLMENT_SHIPPED.topic().deadLetter().name(),
                List.of(unknown.toString()), Duration.ofSeconds(30), seen -> !seen.isEmpty()).getFirst();
        assertThat(TopicProbe.header(dead, "kafka_dlt-exception-message")).contains("no order " + unknown);
        UUID orderId = placeOrder("WEB-AFTER-DLT", 1);
        publish(assigned(orderId, UUID.randomUUID(), line("1", "A-000010", 1), line("2", "B-000002", 1)));
        assertThat(status(awaitOrder(orderId, o -> status(o).equals("ROUTED")))).isEqualTo("ROUTED");
    }

    private UUID placeOrder(String orderNumber, int quantityOfFirstLine) {
        Http.Response created = http.post("/api/v1/orders", aTwoLineOrder(orderNumber, quantityOfFirstLine));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    private void publish(ContractEvent event) {
        wire.publish(event);
    }

    private JsonNode order(UUID orderId) {
        return http.get("/api/v1/orders/" + orderId).json();
    }

    private JsonNode awaitOrder(UUID orderId, Predicate<JsonNode> condition) {
        // generous: the first event waits for the five listeners to join their group, slow on a loaded machine
        return await().atMost(Duration.ofSeconds(60)).until(() -> order(orderId), condition::test);
    }

    private static String status(JsonNode order) {
        return order.get("status").asString();
    }

    private static List<String> types(JsonNode order) {
        return order.get("timeline").valueStream().map(t -> t.get("type").asString()).toList();
    }

    private static FulfillmentLine line(String lineId, String sku, int quantity) {
        return new FulfillmentLine(lineId, sku, quantity);
    }

    private static FulfillmentAssigned assigned(UUID orderId, UUID fulfillmentId, FulfillmentLine... lines) {
        return new FulfillmentAssigned(UUID.randomUUID(), Instant.now(), orderId, fulfillmentId, "WH-1", List.of(lines),
                FulfillmentMode.SHIP, false);
    }

    private static FulfillmentShipped shipped(UUID orderId, UUID fulfillmentId, FulfillmentLine... lines) {
        return new FulfillmentShipped(UUID.randomUUID(), Instant.now(), orderId, fulfillmentId, "WH-1", List.of(lines),
                "DHL", "00340434161094042557");
    }

    private static PaymentCaptured captured(UUID orderId, UUID fulfillmentId, String amount) {
        return new PaymentCaptured(UUID.randomUUID(), Instant.now(), orderId, fulfillmentId, "EUR", new BigDecimal(amount),
                List.of(new TenderAmount("1", "CARD", new BigDecimal(amount), "psp-capture-1")));
    }
}
