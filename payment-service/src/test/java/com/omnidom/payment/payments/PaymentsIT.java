package com.omnidom.payment.payments;

import com.omnidom.events.CloudEventHeaders;
import com.omnidom.events.EventType;
import com.omnidom.events.Topics;
import com.omnidom.platform.security.Roles;
import com.omnidom.testsupport.CommittedOpenApi;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.TestCaller;
import com.omnidom.testsupport.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static com.omnidom.payment.SampleEvents.card;
import static com.omnidom.payment.SampleEvents.giftCard;
import static com.omnidom.payment.SampleEvents.order;
import static com.omnidom.payment.SampleEvents.pickup;
import static com.omnidom.payment.SampleEvents.returnLine;
import static com.omnidom.payment.SampleEvents.returned;
import static com.omnidom.payment.SampleEvents.shipment;
import static com.omnidom.payment.SampleEvents.shipped;
import static com.omnidom.payment.SampleEvents.shirtsAndABook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/** The whole service with a real broker, a fresh database and the PSP simulator in this JVM on a random port. */
class PaymentsIT extends PaymentServiceWithPsp {

    private static final String CAPTURED = EventType.PAYMENT_CAPTURED.type();
    private static final String INVOICED = EventType.INVOICE_ISSUED.type();
    private static final String REFUNDED = EventType.REFUND_ISSUED.type();

    @Autowired
    MeterRegistry meters;

    @Test
    void splitOrderIsCapturedPerShipmentFromOneAuthorisationAndInvoicedPerShipment() {
        UUID orderId = UUID.randomUUID();
        String auth = "psp-auth-" + orderId;
        PSP.ledger().authorize(auth, new BigDecimal("40.68"), "EUR");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        double capturesBefore = count("omnidom.payment.captures");
        double captured = count("omnidom.payment.captured.amount");

        publish(order(orderId, shirtsAndABook(), card("card-1", "40.68", auth)));
        publish(shipment(orderId, first, shipped("1", "SHIRT-M", 2)));
        publish(shipment(orderId, second, shipped("2", "BOOK-1", 1)));

        List<ConsumerRecord<String, byte[]>> events = paymentEvents(orderId, 4);
        List<JsonNode> captures = bodies(events, CAPTURED);
        List<JsonNode> invoices = bodies(events, INVOICED);
        assertThat(captures).extracting(c -> c.get("amount").asString()).containsExactly("29.98", "10.70");
        assertThat(captures).extracting(c -> c.get("fulfillmentId").asString()).containsExactly(first.toString(), second.toString());
        assertThat(captures.getFirst().at("/captures/0/tenderId").asString()).isEqualTo("card-1");
        assertThat(captures.getFirst().at("/captures/0/type").asString()).isEqualTo("CARD");
        assertThat(captures.getFirst().at("/captures/0/pspReference").asString()).startsWith("cap_");
        assertThat(invoices).extracting(i -> i.get("net").asString() + "+" + i.get("tax").asString() + "=" + i.get("gross").asString())
                .containsExactly("25.19+4.79=29.98", "10.00+0.70=10.70");
        assertThat(invoices).extracting(i -> i.get("invoiceNumber").asString()).allMatch(n -> n.matches("INV-DE-\\d{4}-\\d{6}"))
                .doesNotHaveDuplicates();
        ConsumerRecord<String, byte[]> firstEvent = events.getFirst();
        assertThat(TopicProbe.header(firstEvent, CloudEventHeaders.SUBJECT)).isEqualTo(orderId.toString());
        assertThat(TopicProbe.header(firstEvent, CloudEventHeaders.SOURCE)).isEqualTo("/omnidom/payment-service");
        assertThat(PSP.ledger().findAuthorization(auth).orElseThrow().remaining()).isEqualTo("0.00");

        JsonNode payment = http.get("/api/v1/payments/" + orderId).json();
        assertThat(payment.get("authorized").asString()).isEqualTo("40.68");
        assertThat(payment.get("captured").asString()).isEqualTo("40.68");
        assertThat(payment.get("refunded").asString()).isEqualTo("0.00");
        assertThat(payment.get("captures").size()).isEqualTo(2);
        assertThat(payment.at("/invoices/0/gross").asString()).isEqualTo("29.98");
        assertThat(payment.at("/invoices/0/taxes/0/rate").asString()).isEqualTo("0.19");
        assertThat(payment.at("/lines/0/capturedQuantity").asInt()).isEqualTo(2);
        // 29.98 + 10.70 in two captures
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(count("omnidom.payment.captures") - capturesBefore).isEqualTo(2));
        assertThat(count("omnidom.payment.captured.amount") - captured).isCloseTo(40.68, within(1e-9));
        assertThat(http.get("/actuator/prometheus").text()).contains(
                "omnidom_payment_captures_total{currency=\"EUR\"}", "omnidom_payment_captured_amount_total{currency=\"EUR\"}");
    }

    @Test
    void giftCardIsChargedBeforeTheCardAndAReturnIsRefundedCardFirst() {
        UUID orderId = UUID.randomUUID();
        String auth = "psp-auth-" + orderId;
        publish(order(orderId, shirtsAndABook(), card("card-1", "30.68", auth), giftCard("gift-1", "10.00", "GC-4711")));
        publish(shipment(orderId, UUID.randomUUID(), shipped("1", "SHIRT-M", 2)));
        publish(pickup(orderId, UUID.randomUUID(), shipped("2", "BOOK-1", 1)));
        List<JsonNode> captures = bodies(paymentEvents(orderId, 4), CAPTURED);
        double refunds = count("omnidom.payment.refunds");
        double refunded = count("omnidom.payment.refunded.amount");

        publish(returned(orderId, "35.00", returnLine("1", "SHIRT-M", 2), returnLine("2", "BOOK-1", 1)));

        assertThat(captures.get(0).get("captures").valueStream()
                .map(c -> c.get("tenderId").asString() + " " + c.get("type").asString() + " " + c.get("amount").asString()))
                .containsExactly("gift-1 GIFT_CARD 10.00", "card-1 CARD 19.98");
        assertThat(captures.get(0).at("/captures/0/pspReference").isNull()).isTrue();
        assertThat(captures.get(0).at("/captures/1/pspReference").asString()).startsWith("cap_");
        assertThat(captures.get(1).at("/captures/0/amount").asString()).isEqualTo("10.70");
        JsonNode refund = bodies(paymentEvents(orderId, 5), REFUNDED).getFirst();
        assertThat(refund.get("amount").asString()).isEqualTo("35.00");
        assertThat(refund.at("/refunds/0/tenderId").asString()).isEqualTo("card-1");
        assertThat(refund.at("/refunds/0/amount").asString()).isEqualTo("30.68");
        assertThat(refund.at("/refunds/0/pspReference").asString()).startsWith("ref_");
        assertThat(refund.at("/refunds/1/tenderId").asString()).isEqualTo("gift-1");
        assertThat(refund.at("/refunds/1/amount").asString()).isEqualTo("4.32");
        assertThat(PSP.ledger().findAuthorization(auth).orElseThrow().refunded()).isEqualTo("30.68");
        JsonNode payment = http.get("/api/v1/payments/" + orderId).json();
        assertThat(payment.get("refunded").asString()).isEqualTo("35.00");
        assertThat(payment.at("/tenders/1/refunded").asString()).isEqualTo("4.32");
        assertThat(payment.at("/refunds/0/parts").size()).isEqualTo(2);
        assertThat(payment.at("/tenders/1/reference").asString()).isEqualTo("GC-4711");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(count("omnidom.payment.refunds") - refunds).isEqualTo(1));
        assertThat(count("omnidom.payment.refunded.amount") - refunded).isCloseTo(35.00, within(1e-9));
    }

    @Test
    void financeSeesTenderReferencesWholeCustomerServiceAndOpsOnlyTheirLastFourOthersNothing() {
        UUID orderId = UUID.randomUUID();
        publish(order(orderId, shirtsAndABook(), card("card-1", "30.68", "psp-auth-" + orderId),
                giftCard("gift-1", "10.00", "GC-0042-7777")));
        String path = "/api/v1/payments/" + orderId;
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get(path).status() == 200);

        JsonNode byFinance = http.as(TestCaller.of("fiona", Roles.FINANCE)).get(path).json();
        JsonNode byAgent = http.as(TestCaller.of("carla", Roles.CS_AGENT)).get(path).json();
        JsonNode byOps = http.as(TestCaller.of("otto", Roles.OPS)).get(path).json();

        assertThat(byFinance.at("/tenders/1/reference").asString()).isEqualTo("GC-0042-7777");
        assertThat(byAgent.at("/tenders/1/reference").asString()).isEqualTo("****7777");
        assertThat(byAgent.at("/tenders/0/reference").asString()).isEqualTo("****" + orderId.toString().substring(32));
        assertThat(byAgent.get("total")).isEqualTo(byFinance.get("total"));
        assertThat(byOps.at("/tenders/1/reference").asString()).isEqualTo("****7777");
        assertThat(http.as(TestCaller.of("shop", Roles.CHANNEL).withChannel("WEB_SHOP")).get(path).status()).isEqualTo(403);
    }

    @Test
    void pspFailingTwiceThenAnsweringIsOneCaptureWithOneKeyAndOneEvent() {
        UUID orderId = UUID.randomUUID();
        String auth = "psp-auth-" + orderId;
        UUID fulfillmentId = UUID.randomUUID();
        publish(order(orderId, shirtsAndABook(), card("card-1", "40.68", auth)));
        awaitPayment(orderId);
        double unavailable = pspErrors("unavailable");
        PSP.faults().update(2, null, null, null);

        publish(shipment(orderId, fulfillmentId, shipped("1", "SHIRT-M", 2)));
        UUID second = UUID.randomUUID();
        publish(shipment(orderId, second, shipped("2", "BOOK-1", 1)));

        // the first shipment's intent may be finished by the recovery job after the second's: order is not promised
        List<JsonNode> captures = bodies(paymentEvents(orderId, 4), CAPTURED);
        assertThat(captures).extracting(c -> c.get("fulfillmentId").asString())
                .containsExactlyInAnyOrder(fulfillmentId.toString(), second.toString());
        assertThat(PSP.faults().settings().failNext()).isZero();
        assertThat(PSP.ledger().findAuthorization(auth).orElseThrow().captured()).isEqualTo("40.68");
        assertThat(pspErrors("unavailable") - unavailable).isEqualTo(2); // each failed attempt
    }

    private double count(String name) {
        var counter = meters.find(name).tag("currency", "EUR").counter();
        return counter == null ? 0 : counter.count();
    }

    private double pspErrors(String kind) {
        var counter = meters.find("omnidom.psp.errors").tags("operation", "capture", "kind", kind).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void pspDownForSeveralTriesIsFinishedByTheRecoveryJobWithTheSameKeyAndALostAnswerIsNotCapturedTwice() {
        UUID orderId = UUID.randomUUID();
        String auth = "psp-auth-" + orderId;
        publish(order(orderId, shirtsAndABook(), card("card-1", "40.68", auth)));
        awaitPayment(orderId);
        // three 503s: the consumer's attempt and the recovery job's next two leave the intent pending; then the PSP
        // captures but the answer is lost, and the job's next try gets the stored answer for the same key
        PSP.faults().update(3, 1, null, null);

        publish(shipment(orderId, UUID.randomUUID(), shipped("1", "SHIRT-M", 2), shipped("2", "BOOK-1", 1)));

        List<JsonNode> captures = bodies(paymentEvents(orderId, 2), CAPTURED);
        assertThat(captures).hasSize(1);
        assertThat(captures.getFirst().get("amount").asString()).isEqualTo("40.68");
        assertThat(PSP.ledger().findAuthorization(auth).orElseThrow().captured()).isEqualTo("40.68");
        assertThat(rows("capture", orderId)).isEqualTo(1);
    }

    @Test
    void shipmentBeforeItsOrderIsCapturedOnceTheOrderArrives() throws InterruptedException {
        UUID orderId = UUID.randomUUID();
        String auth = "psp-auth-" + orderId;
        UUID fulfillmentId = UUID.randomUUID();

        publish(shipment(orderId, fulfillmentId, shipped("1", "SHIRT-M", 2)));
        Thread.sleep(1500);
        assertThat(rows("capture", orderId)).isZero();
        assertThat(http.get("/api/v1/payments/" + orderId).status()).isEqualTo(404);
        publish(order(orderId, shirtsAndABook(), card("card-1", "40.68", auth)));

        List<JsonNode> captures = bodies(paymentEvents(orderId, 2), CAPTURED);
        assertThat(captures).extracting(c -> c.get("fulfillmentId").asString()).containsExactly(fulfillmentId.toString());
        assertThat(captures.getFirst().get("amount").asString()).isEqualTo("29.98");
        assertThat(PSP.ledger().findAuthorization(auth).orElseThrow().captured()).isEqualTo("29.98");
    }

    @Test
    void theSameShipmentTwiceIsCapturedOnce() {
        UUID orderId = UUID.randomUUID();
        UUID fulfillmentId = UUID.randomUUID();
        String auth = "psp-auth-" + orderId;
        publish(order(orderId, shirtsAndABook(), card("card-1", "40.68", auth)));
        var shipment = shipment(orderId, fulfillmentId, shipped("1", "SHIRT-M", 2));

        publish(shipment);
        publish(shipment);
        // the relay of routing-service resent it as a new event
        publish(shipment(orderId, fulfillmentId, shipped("1", "SHIRT-M", 2)));
        publish(shipment(orderId, UUID.randomUUID(), shipped("2", "BOOK-1", 1)));

        List<ConsumerRecord<String, byte[]>> events = paymentEvents(orderId, 4);
        assertThat(bodies(events, CAPTURED)).extracting(c -> c.get("amount").asString()).containsExactly("29.98", "10.70");
        assertThat(bodies(events, INVOICED)).hasSize(2);
        assertThat(rows("capture", orderId)).isEqualTo(2);
        assertThat(PSP.ledger().findAuthorization(auth).orElseThrow().captured()).isEqualTo("40.68");
    }

    @Test
    void aShipmentOfAnUnknownLineGoesToTheDeadLetterTopicAndMovesNoMoney() {
        UUID orderId = UUID.randomUUID();
        publish(order(orderId, shirtsAndABook(), card("card-1", "40.68", "psp-auth-" + orderId)));

        publish(shipment(orderId, UUID.randomUUID(), shipped("9", "UNKNOWN", 1)));

        List<ConsumerRecord<String, byte[]>> dead = TopicProbe.atLeast(bootstrap,
                Topics.FULFILLMENT_EVENTS.deadLetter().name(), 1, orderId.toString());
        assertThat(dead).hasSize(1);
        assertThat(TopicProbe.header(dead.getFirst(), "kafka_dlt-exception-message")).contains("has no line 9");
        assertThat(rows("capture", orderId)).isZero();
    }

    @Test
    void restAnswers404ForAnUnknownOrder400ForABadIdAndServesTheCommittedOpenApiDocument() throws IOException {
        Http.Response unknown = http.get("/api/v1/payments/" + UUID.randomUUID());
        Http.Response bad = http.get("/api/v1/payments/not-a-uuid");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(bad.status()).isEqualTo(400);

        Http.Response docs = http.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode live = docs.json();
        CommittedOpenApi.assertMatches(live);
    }
}
