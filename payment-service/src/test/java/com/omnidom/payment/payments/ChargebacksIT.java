package com.omnidom.payment.payments;

import com.omnidom.events.EventType;
import com.omnidom.events.Topics;
import com.omnidom.platform.security.Roles;
import com.omnidom.psp.Disputes;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.TestCaller;
import com.omnidom.testsupport.TopicProbe;
import com.omnidom.events.returns.ReturnReceived;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.omnidom.payment.SampleEvents.card;
import static com.omnidom.payment.SampleEvents.order;
import static com.omnidom.payment.SampleEvents.returnLine;
import static com.omnidom.payment.SampleEvents.returned;
import static com.omnidom.payment.SampleEvents.shipment;
import static com.omnidom.payment.SampleEvents.shipped;
import static com.omnidom.payment.SampleEvents.shirtsAndABook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Chargebacks (same set-up as {@link PaymentsIT}): the simulator disputes a capture and sends its signed notification
 * to this service, finance accepts or contests, the simulator resolves a contested one.
 */
class ChargebacksIT extends PaymentServiceWithPsp {

    private static final String CAPTURED = EventType.PAYMENT_CAPTURED.type();
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void anAcceptedChargebackIsWrittenOffAndTheDebtorIsBackAtZero() throws Exception {
        UUID orderId = UUID.randomUUID();
        String capture = shipAndCapture(orderId, "29.98");
        Http finance = http.as(TestCaller.of("fiona", Roles.FINANCE));

        JsonNode opened = psp("/v1/disputes", Map.of("capture", capture, "amount", "29.98", "reason", "fraudulent",
                "notifyUrl", notifyUrl()));
        String disputeId = opened.at("/dispute/id").asString();
        JsonNode again = psp("/v1/disputes/" + disputeId + "/notify", Map.of("notifyUrl", notifyUrl()));

        assertThat(opened.get("merchantStatus").asInt()).isEqualTo(200);
        assertThat(again.get("merchantStatus").asInt()).isEqualTo(200);
        assertThat(rows("chargeback", orderId)).as("one case per dispute").isOne();
        UUID chargebackId = jdbc.queryForObject("SELECT chargeback_id FROM chargeback WHERE dispute_id = ?", UUID.class, disputeId);
        JsonNode open = finance.get("/api/v1/chargebacks/" + chargebackId).json();
        assertThat(open.get("state").asString()).isEqualTo("OPEN");
        assertThat(open.get("amount").asString()).isEqualTo("29.98");
        assertThat(open.get("pspReference").asString()).isEqualTo(capture);
        assertThat(open.get("tenderId").asString()).isEqualTo("card-1");
        // the PSP took the money back: the debtor owes it again
        assertThat(balance(orderId)).isEqualTo("29.98");

        Http.Response accepted = finance.post("/api/v1/chargebacks/" + chargebackId + "/accept", null);

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().get("decidedBy").asString()).isEqualTo("fiona");
        assertThat(finance.post("/api/v1/chargebacks/" + chargebackId + "/accept", null).status()).isEqualTo(409);
        assertThat(finance.post("/api/v1/chargebacks/" + chargebackId + "/contest", Map.of("evidence", "late")).status()).isEqualTo(409);
        JsonNode postings = finance.get("/api/v1/payments/" + orderId + "/postings").json();
        assertThat(postings.get("balance").asString()).isEqualTo("0.00");
        List<JsonNode> entries = postings.get("entries").valueStream().toList();
        assertThat(entries).extracting(e -> e.get("kind").asString())
                .containsExactly("INVOICE", "CAPTURE", "CHARGEBACK", "CHARGEBACK_LOSS");
        assertThat(lines(entries.get(2))).containsExactly("1400 DEBIT 29.98", "1360 CREDIT 29.98");
        assertThat(lines(entries.get(3))).containsExactly("2400 DEBIT 29.98", "1400 CREDIT 29.98");
        entries.forEach(ChargebacksIT::assertBalanced);
        assertThat(types(orderId, 4)).contains(EventType.CHARGEBACK_OPENED.type(), EventType.CHARGEBACK_ACCEPTED.type());
    }

    @Test
    void moneyAnAcceptedChargebackTookBackIsNotRefundedAgainOnALaterReturn() throws Exception {
        UUID orderId = UUID.randomUUID();
        String capture = shipAndCapture(orderId, "29.98");
        Http finance = http.as(TestCaller.of("fiona", Roles.FINANCE));
        String disputeId = psp("/v1/disputes", Map.of("capture", capture, "amount", "20.00", "reason", "fraudulent",
                "notifyUrl", notifyUrl())).at("/dispute/id").asString();
        UUID chargebackId = jdbc.queryForObject("SELECT chargeback_id FROM chargeback WHERE dispute_id = ?", UUID.class, disputeId);
        assertThat(finance.post("/api/v1/chargebacks/" + chargebackId + "/accept", null).status()).isEqualTo(200);
        assertThat(cardTender(orderId)).containsEntry("charged_back", "20.00").containsEntry("refunded", "0.00");

        // a shirt back (14.99): of the 29.98 captured from the card, 20.00 went back with the chargeback: 9.98 is left
        ReturnReceived tooMuch = returned(orderId, "14.99", returnLine("1", "SHIRT-M", 1));
        publish(tooMuch);
        List<ConsumerRecord<String, byte[]>> dead = TopicProbe.atLeast(bootstrap, Topics.RETURN_EVENTS.deadLetter().name(), 1,
                orderId.toString());
        assertThat(TopicProbe.header(dead.getFirst(), "kafka_dlt-exception-message"))
                .contains("refund of 14.99 exceeds what the tenders still have captured and neither refunded nor charged back by 5.01");
        assertThat(rows("refund", orderId)).isZero();

        // what the chargeback left is still refundable
        publish(returned(orderId, "9.98", returnLine("1", "SHIRT-M", 1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> rows("refund", orderId) == 1);
        assertThat(cardTender(orderId)).containsEntry("charged_back", "20.00").containsEntry("refunded", "9.98")
                .containsEntry("captured", "29.98");
    }

    private Map<String, Object> cardTender(UUID orderId) {
        return jdbc.queryForMap("SELECT captured::text AS captured, refunded::text AS refunded, charged_back::text AS charged_back "
                + "FROM payment_tender WHERE order_id = ? AND tender_id = 'card-1'", orderId);
    }

    @Test
    void aContestedChargebackWonAtThePspComesBackToClearing() throws Exception {
        UUID orderId = UUID.randomUUID();
        String capture = shipAndCapture(orderId, "29.98");
        Http finance = http.as(TestCaller.of("fiona", Roles.FINANCE));
        String disputeId = psp("/v1/disputes", Map.of("capture", capture, "amount", "10.00", "reason", "product_not_received",
                "notifyUrl", notifyUrl())).at("/dispute/id").asString();
        UUID chargebackId = jdbc.queryForObject("SELECT chargeback_id FROM chargeback WHERE dispute_id = ?", UUID.class, disputeId);

        Http.Response withoutEvidence = finance.post("/api/v1/chargebacks/" + chargebackId + "/contest", Map.of("evidence", " "));
        Http.Response contested = finance.post("/api/v1/chargebacks/" + chargebackId + "/contest",
                Map.of("evidence", "signed delivery receipt of parcel 00340434161094042557"));

        assertThat(withoutEvidence.status()).isEqualTo(422);
        assertThat(contested.status()).isEqualTo(200);
        assertThat(contested.json().get("state").asString()).isEqualTo("CONTESTED");
        assertThat(contested.json().get("evidence").asString()).contains("delivery receipt");
        // forwarded to the PSP, which shows it on the dispute
        assertThat(contested.json().get("evidenceSubmittedAt").isNull()).isFalse();
        assertThat(PSP.disputes().dispute(disputeId).evidence()).isEqualTo("signed delivery receipt of parcel 00340434161094042557");
        assertThat(jdbc.queryForObject("SELECT evidence_submitted_at IS NOT NULL FROM chargeback WHERE chargeback_id = ?",
                Boolean.class, chargebackId)).isTrue();
        assertThat(balance(orderId)).as("open while the bank decides").isEqualTo("10.00");

        JsonNode won = psp("/v1/disputes/" + disputeId + "/resolve", Map.of("outcome", "WON", "notifyUrl", notifyUrl()));

        assertThat(won.get("merchantStatus").asInt()).isEqualTo(200);
        assertThat(finance.get("/api/v1/chargebacks/" + chargebackId).json().get("state").asString()).isEqualTo("WON");
        JsonNode postings = finance.get("/api/v1/payments/" + orderId + "/postings").json();
        assertThat(postings.get("balance").asString()).isEqualTo("0.00");
        List<JsonNode> entries = postings.get("entries").valueStream().toList();
        assertThat(entries).extracting(e -> e.get("kind").asString())
                .containsExactly("INVOICE", "CAPTURE", "CHARGEBACK", "CHARGEBACK_REVERSAL");
        assertThat(lines(entries.get(3))).containsExactly("1360 DEBIT 10.00", "1400 CREDIT 10.00");
        entries.forEach(ChargebacksIT::assertBalanced);
        List<String> types = types(orderId, 5);
        assertThat(types).contains(EventType.CHARGEBACK_OPENED.type(), EventType.CHARGEBACK_CONTESTED.type(),
                EventType.CHARGEBACK_RESOLVED.type());
        // the same decision sent again changes nothing
        assertThat(psp("/v1/disputes/" + disputeId + "/notify", Map.of("notifyUrl", notifyUrl())).get("merchantStatus").asInt())
                .isEqualTo(200);
        assertThat(finance.get("/api/v1/payments/" + orderId + "/postings").json().get("entries").size()).isEqualTo(4);
    }

    @Test
    void aForgedOrTamperedNotificationIs401AnUnsignedOne400AndNeitherChangesAnything() {
        UUID orderId = UUID.randomUUID();
        String capture = shipAndCapture(orderId, "29.98");
        String body = "{\"id\":\"evt_forged\",\"type\":\"dispute.opened\",\"createdAt\":\"2026-12-07T02:00:00Z\","
                + "\"dispute\":{\"id\":\"dsp_forged_" + orderId + "\",\"status\":\"OPEN\",\"capture\":\"" + capture
                + "\",\"amount\":\"29.98\",\"currency\":\"EUR\",\"reason\":\"fraudulent\"}}";
        Http psp = http.anonymous();

        Http.Response forged = psp.post("/api/v1/psp/notifications", body,
                Map.of(Disputes.SIGNATURE, Disputes.sign(body.getBytes(StandardCharsets.UTF_8), "not-the-shared-secret")));
        Http.Response unsigned = psp.post("/api/v1/psp/notifications", body);
        Http.Response tampered = psp.post("/api/v1/psp/notifications", body.replace("29.98\",\"currency", "19.98\",\"currency"),
                Map.of(Disputes.SIGNATURE, Disputes.sign(body.getBytes(StandardCharsets.UTF_8),
                        com.omnidom.psp.PspSimulator.Options.DEFAULT_WEBHOOK_SECRET)));

        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.contentType()).startsWith("application/problem+json");
        assertThat(unsigned.status()).as("the PSP always signs").isEqualTo(400);
        assertThat(tampered.status()).isEqualTo(401);
        assertThat(rows("chargeback", orderId)).isZero();
        assertThat(balance(orderId)).isEqualTo("0.00");
        // the same body, signed with the shared secret, is taken without a token
        Http.Response genuine = psp.post("/api/v1/psp/notifications", body, Map.of(Disputes.SIGNATURE,
                Disputes.sign(body.getBytes(StandardCharsets.UTF_8), com.omnidom.psp.PspSimulator.Options.DEFAULT_WEBHOOK_SECRET)));
        assertThat(genuine.status()).isEqualTo(200);
        assertThat(rows("chargeback", orderId)).isOne();
    }

    /** An order paid by card, its shirts shipped: the capture's PSP reference. */
    private String shipAndCapture(UUID orderId, String amount) {
        String auth = "psp-auth-" + orderId;
        PSP.ledger().authorize(auth, new BigDecimal("40.68"), "EUR");
        publish(order(orderId, shirtsAndABook(), card("card-1", "40.68", auth)));
        publish(shipment(orderId, UUID.randomUUID(), shipped("1", "SHIRT-M", 2)));
        JsonNode captured = bodies(paymentEvents(orderId, 2), CAPTURED).getFirst();
        assertThat(captured.get("amount").asString()).isEqualTo(amount);
        return captured.at("/captures/0/pspReference").asString();
    }

    private String notifyUrl() {
        return "http://127.0.0.1:" + port + "/api/v1/psp/notifications";
    }

    private JsonNode psp(String path, Map<String, String> body) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(PSP.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Http.JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);
        return Http.JSON.readTree(answer.body());
    }

    private String balance(UUID orderId) {
        return http.as(TestCaller.of("fiona", Roles.FINANCE)).get("/api/v1/payments/" + orderId + "/postings").json()
                .get("balance").asString();
    }

    private List<String> types(UUID orderId, int count) {
        return TopicProbe.atLeast(bootstrap, Topics.PAYMENT_EVENTS.name(), count, orderId.toString()).stream()
                .map(r -> TopicProbe.header(r, com.omnidom.events.CloudEventHeaders.TYPE)).toList();
    }

    private static List<String> lines(JsonNode entry) {
        return entry.get("lines").valueStream()
                .map(l -> l.get("account").asString() + " " + l.get("side").asString() + " " + l.get("amount").asString())
                .toList();
    }

    private static void assertBalanced(JsonNode entry) {
        BigDecimal debit = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        for (JsonNode line : entry.get("lines")) {
            BigDecimal amount = new BigDecimal(line.get("amount").asString());
            if (line.get("side").asString().equals("DEBIT")) debit = debit.add(amount);
            else credit = credit.add(amount);
        }
        assertThat(debit).as("entry %s", entry).isEqualByComparingTo(credit);
    }
}
