package com.omnidom.returns.returnorder;

import com.omnidom.events.CloudEventHeaders;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.Topics;
import com.omnidom.events.routing.FulfillmentShipped;
import com.omnidom.events.payment.RefundIssued;
import com.omnidom.platform.security.Roles;
import com.omnidom.testsupport.CommittedOpenApi;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.TestCaller;
import com.omnidom.testsupport.TopicProbe;
import com.omnidom.testsupport.Wire;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.omnidom.returns.SampleOrders.accepted;
import static com.omnidom.returns.SampleOrders.line;
import static com.omnidom.returns.SampleOrders.pickup;
import static com.omnidom.returns.SampleOrders.refund;
import static com.omnidom.returns.SampleOrders.shipment;
import static com.omnidom.returns.SampleOrders.shipped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/** Returns against orders and shipments published as order-service and routing-service would, on the real broker and database. */
@OmnidomServiceTest
@TestPropertySource(properties = "omnidom.kafka.retry-max-backoff=1s")
class ReturnsIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    private final Http http;
    private final Wire wire;

    ReturnsIT(Http http, Wire wire) {
        this.http = http;
        this.wire = wire;
    }

    @Test
    void aReceivedReturnPublishesReturnReceivedWithTheRefundOfTheReceivedUnits() {
        UUID orderId = UUID.randomUUID();
        publish(accepted(orderId, line("1", "SHIRT-M", 2, "19.99"), line("2", "SOCKS", 1, "5.00")));
        publish(shipment(orderId, "WH-DE-1", shipped("1", "SHIRT-M", 2), shipped("2", "SOCKS", 1)));
        awaitReturnable(orderId, "1", 2);
        awaitReturnable(orderId, "2", 1);

        Http.Response created = http.post("/api/v1/returns", request(orderId, "ONLINE", "WH-DE-1",
                returnLine("1", 2, "TOO_SMALL"), returnLine("2", 1, "DAMAGED")));

        assertThat(created.status()).isEqualTo(201);
        String returnId = created.json().get("returnId").asString();
        assertThat(created.headers().getLocation()).hasToString("/api/v1/returns/" + returnId);
        assertThat(created.json().get("status").asString()).isEqualTo("REQUESTED");
        assertThat(created.json().get("refundAmount").isNull()).isTrue();
        assertThat(returnable(orderId, "1")).isZero();
        double receivedBefore = count("omnidom.returns.received", Tags.empty());
        double refundBefore = count("omnidom.returns.refund.amount", Tags.of("currency", "EUR"));

        Http.Response received = http.post("/api/v1/returns/" + returnId + "/receive",
                Map.of("lines", List.of(inspection("1", 2, true), inspection("2", 1, false))));

        assertThat(received.status()).isEqualTo(200);
        assertThat(count("omnidom.returns.received", Tags.empty()) - receivedBefore).isEqualTo(1);
        assertThat(count("omnidom.returns.refund.amount", Tags.of("currency", "EUR")) - refundBefore)
                .isCloseTo(44.98, within(1e-9));
        JsonNode read = http.get("/api/v1/returns/" + returnId).json();
        assertThat(read).isEqualTo(received.json());
        assertThat(read.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(read.get("refundAmount").asString()).isEqualTo("44.98");
        assertThat(read.get("currency").asString()).isEqualTo("EUR");
        assertThat(read.get("refundedAmount").asString()).isEqualTo("0.00");
        assertThat(read.at("/lines/0/sku").asString()).isEqualTo("SHIRT-M");
        assertThat(read.at("/lines/0/reason").asString()).isEqualTo("TOO_SMALL");
        assertThat(read.at("/lines/1/resellable").asBoolean()).isFalse();
        assertThat(read.get("receivedAt").isNull()).isFalse();

        ConsumerRecord<String, byte[]> event = wire.atLeast(Topics.RETURN_EVENTS, 1,
                orderId.toString()).getFirst();
        assertThat(TopicProbe.header(event, CloudEventHeaders.TYPE)).isEqualTo("omnidom.returns.return-received.v1");
        assertThat(TopicProbe.header(event, CloudEventHeaders.SUBJECT)).isEqualTo(orderId.toString());
        assertThat(TopicProbe.header(event, CloudEventHeaders.SOURCE)).isEqualTo("/omnidom/returns-service");
        assertThat(TopicProbe.header(event, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(TopicProbe.header(event, CloudEventHeaders.ID)).isNotBlank();
        assertThat(TopicProbe.header(event, CloudEventHeaders.TIME)).isNotBlank();
        JsonNode body = Http.JSON.readTree(event.value());
        assertThat(body.get("returnId").asString()).isEqualTo(returnId);
        assertThat(body.get("locationId").asString()).isEqualTo("WH-DE-1");
        assertThat(body.get("currency").asString()).isEqualTo("EUR");
        assertThat(body.get("refundAmount").asString()).isEqualTo("44.98");
        assertThat(body.get("lines").size()).isEqualTo(2);
        assertThat(body.at("/lines/0/lineId").asString()).isEqualTo("1");
        assertThat(body.at("/lines/0/sku").asString()).isEqualTo("SHIRT-M");
        assertThat(body.at("/lines/0/quantity").asInt()).isEqualTo(2);
        assertThat(body.at("/lines/0/resellable").asBoolean()).isTrue();
        assertThat(body.at("/lines/1/sku").asString()).isEqualTo("SOCKS");
        assertThat(body.at("/lines/1/resellable").asBoolean()).isFalse();

        assertThat(http.post("/api/v1/returns/" + returnId + "/receive",
                Map.of("lines", List.of(inspection("1", 2, true)))).status()).isEqualTo(409);
        assertThat(outboxRows(orderId)).isEqualTo(1);
        assertThat(count("omnidom.returns.received", Tags.empty()) - receivedBefore).isEqualTo(1); // the 409 counted nothing
        JsonNode listed = http.get("/api/v1/returns?orderId=" + orderId).json();
        assertThat(listed.get("items").size()).isEqualTo(1);
        assertThat(listed.at("/items/0/returnId").asString()).isEqualTo(returnId);
    }

    @Test
    void aStoreReturnWithReceiveNowIsReceivedInOneStep() {
        UUID orderId = UUID.randomUUID();
        publish(accepted(orderId, line("1", "SHIRT-M", 1, "19.99")));
        publish(pickup(orderId, "STORE-BER-1", shipped("1", "SHIRT-M", 1)));
        awaitReturnable(orderId, "1", 1);

        Http.Response onlineNow = http.post("/api/v1/returns", with(request(orderId, "ONLINE", "WH-DE-1",
                inspected(returnLine("1", 1, "CHANGED_MIND"), true)), "receiveNow", true));
        Http.Response uninspected = http.post("/api/v1/returns", with(request(orderId, "STORE", "STORE-BER-1",
                returnLine("1", 1, "CHANGED_MIND")), "receiveNow", true));
        Http.Response created = http.post("/api/v1/returns", with(request(orderId, "STORE", "STORE-BER-1",
                inspected(returnLine("1", 1, "CHANGED_MIND"), true)), "receiveNow", true));

        assertThat(onlineNow.status()).isEqualTo(422);
        assertThat(fields(onlineNow)).containsExactly("receiveNow");
        assertThat(uninspected.status()).isEqualTo(422);
        assertThat(fields(uninspected)).containsExactly("lines[0].resellable");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("RECEIVED");
        assertThat(created.json().get("refundAmount").asString()).isEqualTo("19.99");
        assertThat(created.json().at("/lines/0/receivedQuantity").asInt()).isEqualTo(1);
        JsonNode event = Http.JSON.readTree(wire.atLeast(Topics.RETURN_EVENTS, 1,
                orderId.toString()).getFirst().value());
        assertThat(event.get("returnId").asString()).isEqualTo(created.json().get("returnId").asString());
        assertThat(event.get("locationId").asString()).isEqualTo("STORE-BER-1");
        assertThat(event.get("refundAmount").asString()).isEqualTo("19.99");
        assertThat(returnable(orderId, "1")).isZero();
    }

    @Test
    void returningMoreThanWasShippedIsRejectedAndWritesNothing() {
        UUID orderId = UUID.randomUUID();
        publish(accepted(orderId, line("1", "SHIRT-M", 3, "10.00"), line("2", "SOCKS", 1, "5.00")));
        publish(shipment(orderId, "WH-DE-1", shipped("1", "SHIRT-M", 1), shipped("2", "SOCKS", 1)));
        awaitReturnable(orderId, "1", 1);
        awaitReturnable(orderId, "2", 1);

        Http.Response rejected = http.post("/api/v1/returns", request(orderId, "ONLINE", "WH-DE-1",
                returnLine("2", 1, "DAMAGED"), returnLine("1", 2, "TOO_SMALL")));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.contentType()).startsWith("application/problem+json");
        assertThat(fields(rejected)).containsExactly("lines[1].quantity");
        assertThat(rejected.json().get("detail").asString()).contains("only 1 of line 1 can be returned");
        // line 2 was taken first and given back with the rollback
        assertThat(returnable(orderId, "2")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT sum(returned_quantity) FROM sold_line WHERE order_id = ?", Long.class, orderId)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM return_order WHERE order_id = ?", Long.class, orderId)).isZero();
        assertThat(outboxRows(orderId)).isZero();
    }

    @Test
    void unshippedLinesUnknownLinesAndOrdersNotKnownYetAreRejected() {
        UUID orderId = UUID.randomUUID();
        publish(accepted(orderId, line("1", "SHIRT-M", 1, "10.00"), line("2", "SOCKS", 1, "5.00")));
        publish(shipment(orderId, "WH-DE-1", shipped("1", "SHIRT-M", 1)));
        awaitReturnable(orderId, "1", 1);

        Http.Response unshipped = http.post("/api/v1/returns", request(orderId, "ONLINE", "WH-DE-1", returnLine("2", 1, "DAMAGED")));
        Http.Response unknownLine = http.post("/api/v1/returns", request(orderId, "ONLINE", "WH-DE-1", returnLine("9", 1, "DAMAGED")));
        Http.Response noUnits = http.post("/api/v1/returns", request(orderId, "ONLINE", "WH-DE-1", returnLine("1", 0, "DAMAGED")));
        Http.Response unknownOrder = http.post("/api/v1/returns", request(UUID.randomUUID(), "ONLINE", "WH-DE-1",
                returnLine("1", 1, "DAMAGED")));
        Map<String, Object> noChannel = request(orderId, "ONLINE", "WH-DE-1", returnLine("1", 1, "DAMAGED"));
        noChannel.remove("channel");
        Http.Response missingChannel = http.post("/api/v1/returns", noChannel);

        assertThat(unshipped.status()).isEqualTo(422);
        assertThat(fields(unshipped)).containsExactly("lines[0].quantity");
        assertThat(unshipped.json().get("detail").asString()).contains("has not been shipped or picked up yet");
        assertThat(unknownLine.status()).isEqualTo(422);
        assertThat(fields(unknownLine)).containsExactly("lines[0].lineId");
        assertThat(noUnits.status()).isEqualTo(422);
        assertThat(fields(noUnits)).containsExactly("lines[0].quantity");
        assertThat(unknownOrder.status()).isEqualTo(422);
        assertThat(fields(unknownOrder)).containsExactly("orderId");
        assertThat(unknownOrder.json().get("detail").asString()).contains("not known yet");
        assertThat(missingChannel.status()).isEqualTo(400);
        assertThat(fields(missingChannel)).containsExactly("channel");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM return_order WHERE order_id = ?", Long.class, orderId)).isZero();
        assertThat(http.get("/api/v1/returns/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/orders/" + UUID.randomUUID() + "/returnable").status()).isEqualTo(404);
    }

    @Test
    void aChannelSeesAndReturnsOnlyTheOrdersItSoldAndOnlyOnline() {
        UUID orderId = UUID.randomUUID();
        publish(accepted(orderId, line("1", "SHIRT-M", 2, "19.99")));
        publish(shipment(orderId, "WH-DE-1", shipped("1", "SHIRT-M", 2)));
        awaitReturnable(orderId, "1", 2);
        Http webShop = http.as(TestCaller.of("eshop-web", Roles.CHANNEL).withChannel("WEB_SHOP"));
        Http marketplace = http.as(TestCaller.of("marketplace", Roles.CHANNEL).withChannel("MARKETPLACE"));

        Http.Response othersOrder = marketplace.post("/api/v1/returns", request(orderId, "ONLINE", "WH-DE-1",
                returnLine("1", 1, "TOO_SMALL")));
        Http.Response inStore = webShop.post("/api/v1/returns", request(orderId, "STORE", "STORE-BER-1",
                returnLine("1", 1, "TOO_SMALL")));
        Http.Response own = webShop.post("/api/v1/returns", request(orderId, "ONLINE", "WH-DE-1",
                returnLine("1", 1, "TOO_SMALL")));

        assertThat(othersOrder.status()).isEqualTo(404);
        assertThat(othersOrder.contentType()).startsWith("application/problem+json");
        assertThat(inStore.status()).isEqualTo(403);
        assertThat(own.status()).isEqualTo(201);
        String returnId = own.json().get("returnId").asString();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM return_order WHERE order_id = ?", Long.class, orderId)).isEqualTo(1);
        assertThat(webShop.get("/api/v1/orders/" + orderId + "/returnable").status()).isEqualTo(200);
        assertThat(marketplace.get("/api/v1/orders/" + orderId + "/returnable").status()).isEqualTo(404);
        assertThat(webShop.get("/api/v1/returns/" + returnId).status()).isEqualTo(200);
        Http.Response othersReturn = marketplace.get("/api/v1/returns/" + returnId);
        assertThat(othersReturn.status()).isEqualTo(404);
        assertThat(othersReturn.text()).doesNotContain("SHIRT-M");
        assertThat(webShop.get("/api/v1/returns?orderId=" + orderId).json().get("totalItems").asLong()).isEqualTo(1);
        assertThat(marketplace.get("/api/v1/returns?orderId=" + orderId).json().get("items")).isEmpty();
        assertThat(marketplace.post("/api/v1/returns/" + returnId + "/cancel", Map.of()).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/returns/" + returnId).json().get("status").asString()).isEqualTo("REQUESTED");
        assertThat(webShop.post("/api/v1/returns/" + returnId + "/cancel", Map.of()).json().get("status").asString())
                .isEqualTo("CANCELLED");
    }

    @Test
    void aStoreFindsTheOrderByTheNumberTheCustomerShowsAndAnotherChannelDoesNot() {
        UUID orderId = UUID.randomUUID();
        publish(accepted(orderId, line("1", "SHIRT-M", 2, "19.99")));
        publish(shipment(orderId, "WH-DE-1", shipped("1", "SHIRT-M", 2)));
        awaitReturnable(orderId, "1", 2);
        String number = "WEB-" + orderId.toString().substring(0, 8);
        Http store = http.as(TestCaller.of("pos-berlin", Roles.CHANNEL, Roles.STORE).withChannel("STORE_POS")
                .withLocation("STORE-BER-1"));
        Http marketplace = http.as(TestCaller.of("marketplace", Roles.CHANNEL).withChannel("MARKETPLACE"));

        Http.Response found = store.get("/api/v1/returnable-orders?orderNumber=" + number);

        assertThat(found.status()).as(found.text()).isEqualTo(200);
        assertThat(found.json().get("orderId").asString()).isEqualTo(orderId.toString());
        assertThat(found.json().at("/lines/0/returnableQuantity").asInt()).isEqualTo(2);
        assertThat(store.get("/api/v1/returnable-orders?orderNumber=WEB-NOSUCH").status()).isEqualTo(404);
        assertThat(marketplace.get("/api/v1/returnable-orders?orderNumber=" + number).status()).isEqualTo(404);
        assertThat(store.get("/api/v1/returnable-orders?orderNumber=").status()).isEqualTo(400);
    }

    @Test
    void aStoreTakesReturnsOfAnyChannelOverItsOwnCounterOnlyAndSeesOnlyItsOwn() {
        UUID orderId = UUID.randomUUID();
        publish(accepted(orderId, line("1", "SHIRT-M", 2, "19.99")));
        publish(shipment(orderId, "WH-DE-1", shipped("1", "SHIRT-M", 2)));
        awaitReturnable(orderId, "1", 2);
        Http berlin = http.as(TestCaller.of("pos-berlin", Roles.CHANNEL, Roles.STORE).withChannel("STORE_POS")
                .withLocation("STORE-BER-1"));
        Http hamburg = http.as(TestCaller.of("pos-hamburg", Roles.CHANNEL, Roles.STORE).withChannel("STORE_POS")
                .withLocation("STORE-HAM-1"));

        Map<String, Object> atBerlin = with(request(orderId, "STORE", "STORE-BER-1",
                inspected(returnLine("1", 1, "TOO_SMALL"), true)), "receiveNow", true);
        Http.Response elsewhere = hamburg.post("/api/v1/returns", atBerlin);
        Http.Response online = berlin.post("/api/v1/returns", request(orderId, "ONLINE", "WH-DE-1",
                returnLine("1", 1, "TOO_SMALL")));
        // a web-shop order (buy online, return in store) at the store's own counter
        assertThat(berlin.get("/api/v1/orders/" + orderId + "/returnable").status()).isEqualTo(200);
        Http.Response taken = berlin.post("/api/v1/returns", atBerlin);

        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(online.status()).isEqualTo(403);
        assertThat(taken.status()).isEqualTo(201);
        assertThat(taken.json().get("status").asString()).isEqualTo("RECEIVED");
        String returnId = taken.json().get("returnId").asString();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM return_order WHERE order_id = ?", Long.class, orderId)).isEqualTo(1);
        assertThat(hamburg.get("/api/v1/returns/" + returnId).status()).isEqualTo(404);
        assertThat(hamburg.get("/api/v1/returns?orderId=" + orderId).json().get("items")).isEmpty();
        assertThat(berlin.get("/api/v1/returns?orderId=" + orderId).json().get("totalItems").asLong()).isEqualTo(1);
        assertThat(http.as(TestCaller.of("fiona", Roles.FINANCE)).get("/api/v1/returns/" + returnId).json()
                .get("refundAmount").asString()).isEqualTo("19.99");

        // an ONLINE return to a warehouse is not the store's to receive; the warehouse's goods-in (role store) is
        String online2 = http.post("/api/v1/returns", request(orderId, "ONLINE", "WH-DE-1", returnLine("1", 1, "DAMAGED")))
                .json().get("returnId").asString();
        Map<String, Object> arrived = Map.of("lines", List.of(inspection("1", 1, true)));
        assertThat(berlin.post("/api/v1/returns/" + online2 + "/receive", arrived).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/returns/" + online2).json().get("status").asString()).isEqualTo("REQUESTED");
        assertThat(http.as(TestCaller.of("carla", Roles.CS_AGENT)).post("/api/v1/returns/" + online2 + "/receive", arrived)
                .status()).isEqualTo(403);
        assertThat(http.as(TestCaller.of("WH-DE-1", Roles.STORE).withLocation("WH-DE-1"))
                .post("/api/v1/returns/" + online2 + "/receive", arrived).json().get("status").asString()).isEqualTo("RECEIVED");

        // who did it: the token's subject, in the audit trail of the state changes
        JsonNode audit = http.as(TestCaller.of("otto", Roles.OPS)).get("/api/v1/audit-records?subject=pos-berlin").json();
        assertThat(audit.get("items").valueStream().map(r -> r.get("method").asString() + " " + r.get("path").asString()
                + " " + r.get("status").asInt())).contains("POST /api/v1/returns 201");
    }

    @Test
    void concurrentReturnsOfOneLineNeverExceedWhatWasShipped() throws Exception {
        UUID orderId = UUID.randomUUID();
        publish(accepted(orderId, line("1", "SHIRT-M", 5, "10.00")));
        publish(shipment(orderId, "WH-DE-1", shipped("1", "SHIRT-M", 3)));
        awaitReturnable(orderId, "1", 3);

        int attempts = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(attempts)) {
            for (int i = 0; i < attempts; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return http.post("/api/v1/returns", request(orderId, "ONLINE", "WH-DE-1",
                            returnLine("1", 1, "TOO_SMALL"))).status();
                }));
            }
            start.countDown();
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) statuses.add(answer.get());

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
        assertThat(statuses).filteredOn(s -> s == 422).hasSize(attempts - 3);
        assertThat(jdbc.queryForObject("SELECT returned_quantity FROM sold_line WHERE order_id = ?", Integer.class, orderId))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM return_order WHERE order_id = ?", Long.class, orderId)).isEqualTo(3);
    }

    @Test
    void aCancelledReturnGivesItsUnitsBack() {
        UUID orderId = UUID.randomUUID();
        publish(accepted(orderId, line("1", "SHIRT-M", 1, "10.00")));
        publish(shipment(orderId, "WH-DE-1", shipped("1", "SHIRT-M", 1)));
        awaitReturnable(orderId, "1", 1);
        String returnId = http.post("/api/v1/returns", request(orderId, "ONLINE", "WH-DE-1", returnLine("1", 1, "OTHER")))
                .json().get("returnId").asString();

        Http.Response cancelled = http.post("/api/v1/returns/" + returnId + "/cancel", null);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(returnable(orderId, "1")).isEqualTo(1);
        assertThat(http.post("/api/v1/returns/" + returnId + "/cancel", null).status()).isEqualTo(409);
        assertThat(http.post("/api/v1/returns/" + returnId + "/receive",
                Map.of("lines", List.of(inspection("1", 1, true)))).status()).isEqualTo(409);
        assertThat(http.post("/api/v1/returns", request(orderId, "ONLINE", "WH-DE-1", returnLine("1", 1, "OTHER")))
                .status()).isEqualTo(201);
        assertThat(outboxRows(orderId)).isZero();
    }

    @Test
    void aPartlyReceivedReturnRefundsWhatArrivedAndTheRestIsReturnableAgain() {
        UUID orderId = UUID.randomUUID();
        publish(accepted(orderId, line("1", "SHIRT-M", 2, "19.99")));
        publish(shipment(orderId, "WH-DE-1", shipped("1", "SHIRT-M", 2)));
        awaitReturnable(orderId, "1", 2);
        String returnId = http.post("/api/v1/returns", request(orderId, "ONLINE", "WH-DE-1", returnLine("1", 2, "TOO_SMALL")))
                .json().get("returnId").asString();

        Http.Response received = http.post("/api/v1/returns/" + returnId + "/receive",
                Map.of("lines", List.of(inspection("1", 1, true))));

        assertThat(received.json().get("refundAmount").asString()).isEqualTo("19.99");
        assertThat(received.json().at("/lines/0/receivedQuantity").asInt()).isEqualTo(1);
        assertThat(returnable(orderId, "1")).isEqualTo(1);
    }

    @Test
    void refundIssuedMarksTheReturnRefundedAndADuplicateChangesNothing() throws Exception {
        UUID orderId = UUID.randomUUID();
        publish(accepted(orderId, line("1", "SHIRT-M", 2, "19.99")));
        publish(shipment(orderId, "WH-DE-1", shipped("1", "SHIRT-M", 2)));
        awaitReturnable(orderId, "1", 2);
        String returnId = http.post("/api/v1/returns", request(orderId, "ONLINE", "WH-DE-1", returnLine("1", 2, "TOO_SMALL")))
                .json().get("returnId").asString();
        http.post("/api/v1/returns/" + returnId + "/receive", Map.of("lines", List.of(inspection("1", 2, true))));

        RefundIssued refund = refund(orderId, UUID.fromString(returnId), "39.98");
        publish(refund);
        publish(refund);
        // a later refund of the same order: once it shows, the duplicate before it was consumed too
        publish(refund(orderId, UUID.fromString(returnId), "1.00"));

        await().atMost(Duration.ofSeconds(30)).until(() ->
                "40.98".equals(http.get("/api/v1/returns/" + returnId).json().get("refundedAmount").asString()));
        JsonNode read = http.get("/api/v1/returns/" + returnId).json();
        assertThat(read.get("status").asString()).isEqualTo("REFUNDED");
        assertThat(read.get("refundAmount").asString()).isEqualTo("39.98");
        assertThat(read.get("refundedAt").isNull()).isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE event_id = ?", Long.class,
                refund.eventId())).isEqualTo(1);
    }

    @Test
    void duplicateOrderAndShipmentEventsChangeNothing() throws Exception {
        UUID orderId = UUID.randomUUID();
        var order = accepted(orderId, line("1", "SHIRT-M", 3, "10.00"));
        FulfillmentShipped first = shipment(orderId, "WH-DE-1", shipped("1", "SHIRT-M", 1));
        publish(order);
        publish(order);
        publish(first);
        publish(first);
        publish(shipment(orderId, "WH-DE-2", shipped("1", "SHIRT-M", 1)));

        // the second shipment follows the duplicate on the same partition: once logged, the duplicate was consumed
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM delivered_line WHERE order_id = ?", Long.class, orderId) == 2);
        assertThat(jdbc.queryForObject("SELECT shipped_quantity FROM sold_line WHERE order_id = ?", Integer.class, orderId))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sold_line WHERE order_id = ?", Long.class, orderId)).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT location_id FROM delivered_line WHERE order_id = ? ORDER BY location_id",
                String.class, orderId)).containsExactly("WH-DE-1", "WH-DE-2");
        assertThat(returnable(orderId, "1")).isEqualTo(2);
    }

    @Test
    void aShipmentSeenBeforeItsOrderWaitsForTheOrder() throws Exception {
        UUID orderId = UUID.randomUUID();
        FulfillmentShipped early = shipment(orderId, "WH-DE-1", shipped("1", "SHIRT-M", 1));
        publish(early);
        // let the listener meet the shipment first: it waits (retried with back-off) rather than dropping it
        Thread.sleep(1500);
        assertThat(http.get("/api/v1/orders/" + orderId + "/returnable").status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE event_id = ?", Long.class,
                early.eventId())).isZero();

        publish(accepted(orderId, line("1", "SHIRT-M", 1, "10.00")));

        awaitReturnable(orderId, "1", 1);
    }

    @Test
    void publishesTheCommittedOpenApiDocumentAndSwaggerUi() throws Exception {
        Http.Response docs = http.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode live = docs.json();
        assertThat(live.at("/paths/~1api~1v1~1returns/post/summary").asString()).isEqualTo("Request a return");

        CommittedOpenApi.assertMatches(live);

        assertThat(http.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    private void publish(ContractEvent event) {
        wire.publish(event);
    }

    private int returnable(UUID orderId, String lineId) {
        Http.Response response = http.get("/api/v1/orders/" + orderId + "/returnable");
        if (response.status() != 200) return -1;
        return response.json().get("lines").valueStream().filter(l -> l.get("lineId").asString().equals(lineId))
                .findFirst().map(l -> l.get("returnableQuantity").asInt()).orElse(-1);
    }

    private void awaitReturnable(UUID orderId, String lineId, int quantity) {
        await().atMost(Duration.ofSeconds(30)).until(() -> returnable(orderId, lineId) == quantity);
    }

    private long outboxRows(UUID orderId) {
        return jdbc.queryForObject("SELECT count(*) FROM outbox WHERE aggregatetype = ? AND aggregateid = ?", Long.class,
                Topics.RETURN_EVENTS.name(), orderId.toString());
    }

    @SafeVarargs
    private static Map<String, Object> request(UUID orderId, String channel, String locationId, Map<String, Object>... lines) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", orderId);
        body.put("channel", channel);
        body.put("locationId", locationId);
        body.put("lines", List.of(lines));
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }

    private static Map<String, Object> returnLine(String lineId, int quantity, String reason) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("lineId", lineId);
        line.put("quantity", quantity);
        line.put("reason", reason);
        return line;
    }

    private static Map<String, Object> inspected(Map<String, Object> line, boolean resellable) {
        line.put("resellable", resellable);
        return line;
    }

    private static Map<String, Object> inspection(String lineId, int quantity, boolean resellable) {
        return Map.of("lineId", lineId, "quantity", quantity, "resellable", resellable);
    }

    private static List<String> fields(Http.Response response) {
        return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    private double count(String name, Tags tags) {
        var counter = meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }
}
