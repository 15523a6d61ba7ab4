package com.omnidom.order.risk;

import com.omnidom.testsupport.Wire;
import com.omnidom.events.payment.ChargebackOpened;
import com.omnidom.order.TestCatalog;
import com.omnidom.events.Topics;
import com.omnidom.order.OrderTestClient;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.TestCaller;
import com.omnidom.testsupport.TopicProbe;
import com.omnidom.events.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.UUID;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static com.omnidom.order.OrderTestClient.fields;
import static com.omnidom.order.SampleOrders.aWebOrder;
import static com.omnidom.order.SampleOrders.address;
import static com.omnidom.order.SampleOrders.customer;
import static com.omnidom.order.SampleOrders.delivery;
import static com.omnidom.order.SampleOrders.tender;
import static com.omnidom.order.SampleOrders.withOneLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The risk check through the public API: lists, each rule, the review queue, rule versions, the audit. */
@OmnidomServiceTest
class RiskIT {

    /** Orders are checked against the catalog: the sample orders' articles, published as catalog-service would. */
    @BeforeEach
    void articlesInTheReplica(Wire wire, @Autowired JdbcTemplate jdbcTemplate) {
        TestCatalog.seed(wire, jdbcTemplate);
    }

    static final String HELD = "omnidom.order.order-held.v1";
    static final String ACCEPTED = "omnidom.order.order-accepted.v1";
    static final String REJECTED = "omnidom.order.order-rejected.v1";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    JdbcTemplate jdbc;

    OrderTestClient client;

    /** A reviewer whose forged who-fields in bodies must not count: the token says agent.smith. */
    Http reviewer;

    @BeforeEach
    void baselineRules() {
        client = new OrderTestClient(new Http(port), jdbc);
        reviewer = client.http().as(TestCaller.of("agent.smith", "risk-reviewer"));
        client.changeRules(r -> {
            r.putObject("newCustomerOrderValue").put("enabled", true).put("action", "HOLD").put("maxValue", "1000");
            r.putObject("articleQuantity").put("enabled", true).put("action", "HOLD").put("maxUnits", 20);
            r.putObject("velocity").put("enabled", true).put("action", "HOLD").put("maxPerCustomer", 2)
                    .put("maxPerAddress", 2).put("maxPerCard", 2);
            r.putObject("countryMismatch").put("enabled", true).put("action", "HOLD");
            ObjectNode gift = r.putObject("highRiskArticles").put("enabled", true).put("action", "HOLD").put("maxValue", "250");
            gift.putArray("skuPrefixes").add("GC-");
            r.putObject("expressToNewAddress").put("enabled", true).put("action", "HOLD");
        });
    }

    @Test
    void anOrdinaryOrderIsAcceptedAndTheDecisionAudited() {
        JsonNode order = client.place(aWebOrder("RISK-OK"));

        assertThat(order.get("status").asString()).isEqualTo("ACCEPTED");
        String id = order.get("id").asString();
        assertThat(client.eventTypes(id)).containsExactly(ACCEPTED);
        JsonNode audit = client.http().get("/api/v1/risk/decisions?orderId=" + id).json();
        assertThat(audit.at("/items/0/outcome").asString()).isEqualTo("ACCEPT");
        assertThat(audit.at("/items/0/decidedBy").asString()).isEqualTo("risk-check");
        assertThat(audit.at("/items/0/decidedAt").asString()).isNotBlank();
    }

    @Test
    void anEntryOfEveryKindOnTheBlackListRejectsTheOrder() {
        Map<String, Consumer<ObjectNode>> cases = new LinkedHashMap<>();
        blackList("EMAIL", " Black@Example.COM ");
        cases.put("BLACK_LIST_EMAIL", o -> customer(o).put("email", "black@example.com"));
        blackList("PHONE", "+49 (30) 999-0001");
        cases.put("BLACK_LIST_PHONE", o -> customer(o).put("phone", "0049 30 9990001"));
        blackList("ADDRESS", "Schwarzstraße 13, 10115 Berlin, DE");
        cases.put("BLACK_LIST_ADDRESS", o -> address(o).put("street", "Schwarzstr. 13").put("postalCode", "10115"));
        blackList("CUSTOMER_ID", "C-BLACK");
        cases.put("BLACK_LIST_CUSTOMER_ID", o -> customer(o).put("customerId", "C-BLACK"));
        blackList("PAYMENT_FINGERPRINT", "fp-black");
        cases.put("BLACK_LIST_PAYMENT_FINGERPRINT", o -> tender(o, 0).put("fingerprint", "fp-black"));
        blackList("IP", "198.51.100.023");
        cases.put("BLACK_LIST_IP", o -> o.put("clientIp", "198.51.100.23"));

        int n = 0;
        for (var c : cases.entrySet()) {
            ObjectNode request = aWebOrder("RISK-BLACK-" + n++);
            c.getValue().accept(request);
            JsonNode order = client.place(request);

            assertThat(order.get("status").asString()).as(c.getKey()).isEqualTo("REJECTED");
            String id = order.get("id").asString();
            assertThat(client.eventTypes(id)).as(c.getKey()).containsExactly(REJECTED);
            JsonNode event = client.lastEvent(id, REJECTED);
            assertThat(event.get("reasons").valueStream().map(JsonNode::asString).toList()).as(c.getKey()).containsExactly(c.getKey());
            assertThat(event.get("decidedBy").asString()).isEqualTo("risk-check");
        }
    }

    @Test
    void aWhiteListedCustomerSkipsTheAbnormalityRulesButNotTheBlackList() {
        Http.Response white = client.post("/api/v1/risk/lists", entry("WHITE", "CUSTOMER_ID", "C-WHITE"));
        assertThat(white.status()).isEqualTo(201);
        ObjectNode many = withOneLine(aWebOrder("RISK-WHITE-1"), "A-1", 50, "1.00");
        customer(many).put("customerId", "C-WHITE");
        ObjectNode sameButUnknown = withOneLine(aWebOrder("RISK-WHITE-2"), "A-1", 50, "1.00");

        assertThat(client.place(many).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(client.place(sameButUnknown).get("status").asString()).isEqualTo("HELD");

        // the marketplace's C-WHITE is someone else: it cannot borrow the web shop's white-listing
        ObjectNode borrowed = withOneLine(aWebOrder("RISK-WHITE-MP"), "A-1", 50, "1.00").put("channel", "MARKETPLACE");
        customer(borrowed).put("customerId", "C-WHITE");
        assertThat(client.place(borrowed).get("status").asString()).isEqualTo("HELD");

        blackList("EMAIL", "white-but-black@example.com");
        ObjectNode both = aWebOrder("RISK-WHITE-3");
        customer(both).put("customerId", "C-WHITE").put("email", "white-but-black@example.com");
        assertThat(client.place(both).get("status").asString()).isEqualTo("REJECTED");
    }

    @Test
    void aCustomerKnownInOneChannelIsNewInAnother() {
        ObjectNode first = aWebOrder("RISK-KNOWN-1");
        customer(first).put("customerId", "C-KNOWN");
        assertThat(client.place(first).get("status").asString()).isEqualTo("ACCEPTED");

        ObjectNode sameChannel = withOneLine(aWebOrder("RISK-KNOWN-2"), "A-600", 2, "600.00");
        customer(sameChannel).put("customerId", "C-KNOWN");
        ObjectNode otherChannel = withOneLine(aWebOrder("RISK-KNOWN-3"), "A-600", 2, "600.00").put("channel", "MARKETPLACE");
        customer(otherChannel).put("customerId", "C-KNOWN");

        assertThat(client.place(sameChannel).get("status").asString()).isEqualTo("ACCEPTED");
        assertHeld(otherChannel, "NEW_CUSTOMER_ORDER_VALUE", client.http().get("/api/v1/risk/rules").json().get("version").asInt());
    }

    @Test
    void eachAbnormalityRuleHoldsTheOrderWithItsReasonAndRuleSetVersion() {
        int version = client.http().get("/api/v1/risk/rules").json().get("version").asInt();

        assertHeld(withOneLine(aWebOrder("RISK-NEW-VALUE"), "A-600", 2, "600.00"), "NEW_CUSTOMER_ORDER_VALUE", version);
        assertHeld(withOneLine(aWebOrder("RISK-QTY"), "A-1", 21, "1.00"), "ARTICLE_QUANTITY", version);
        ObjectNode abroad = aWebOrder("RISK-COUNTRY");
        abroad.putObject("billingAddress").put("name", "Anna").put("city", "Paris").put("country", "FR");
        assertHeld(abroad, "COUNTRY_MISMATCH", version);
        assertHeld(withOneLine(aWebOrder("RISK-GIFT"), "GC-100", 3, "100.00"), "HIGH_RISK_ARTICLES", version);
        ObjectNode express = aWebOrder("RISK-EXPRESS");
        delivery(express).put("express", true);
        assertHeld(express, "EXPRESS_TO_NEW_ADDRESS", version);

        // velocity: the third order within the hour (at most 2) of one customer / to one address / with one card
        for (int i = 1; i <= 2; i++) {
            ObjectNode o = aWebOrder("RISK-VC-" + i);
            customer(o).put("customerId", "C-FAST");
            assertThat(client.place(o).get("status").asString()).isEqualTo("ACCEPTED");
        }
        ObjectNode third = aWebOrder("RISK-VC-3");
        customer(third).put("customerId", "C-FAST");
        assertHeld(third, "VELOCITY_CUSTOMER", version);

        for (int i = 1; i <= 2; i++) {
            ObjectNode o = aWebOrder("RISK-VA-" + i);
            address(o).put("street", "Eilweg 7");
            client.place(o);
        }
        ObjectNode sameAddress = aWebOrder("RISK-VA-3");
        address(sameAddress).put("street", "  eilweg   7 ");
        assertHeld(sameAddress, "VELOCITY_ADDRESS", version);

        for (int i = 1; i <= 2; i++) {
            ObjectNode o = aWebOrder("RISK-VK-" + i);
            tender(o, 0).put("fingerprint", "fp-fast");
            client.place(o);
        }
        ObjectNode sameCard = aWebOrder("RISK-VK-3");
        tender(sameCard, 0).put("fingerprint", "fp-fast");
        assertHeld(sameCard, "VELOCITY_CARD", version);
    }

    @Test
    void aHeldOrderReleasedByAReviewerIsAcceptedAndEveryDecisionIsAudited() {
        JsonNode held = client.place(withOneLine(aWebOrder("RISK-RELEASE"), "A-1", 30, "1.00"));
        String id = held.get("id").asString();
        assertThat(held.get("status").asString()).isEqualTo("HELD");

        JsonNode queue = client.http().get("/api/v1/risk/reviews").json();
        JsonNode review = queue.get("items").valueStream().filter(r -> r.get("orderId").asString().equals(id)).findFirst().orElseThrow();
        assertThat(review.at("/reasons/0/code").asString()).isEqualTo("ARTICLE_QUANTITY");
        assertThat(review.at("/reasons/0/detail").asString()).contains("30 units of A-1");
        assertThat(review.get("status").asString()).isEqualTo("OPEN");

        Http.Response released = reviewer.post("/api/v1/risk/reviews/" + id + "/release",
                Map.of("decidedBy", "the-ceo", "reason", "customer confirmed by phone"));

        assertThat(released.status()).as(released.text()).isEqualTo(200);
        assertThat(released.json().get("status").asString()).isEqualTo("RELEASED");
        assertThat(released.json().get("decidedBy").asString()).isEqualTo("agent.smith");
        assertThat(client.order(id).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(client.eventTypes(id)).containsExactly(HELD, ACCEPTED);
        List<ConsumerRecord<String, byte[]>> onTheWire = TopicProbe.atLeast(bootstrap, Topics.ORDER_EVENTS.name(), 2, id);
        assertThat(onTheWire).extracting(r -> TopicProbe.header(r, CloudEventHeaders.TYPE)).containsExactly(HELD, ACCEPTED);
        assertThat(client.http().get("/api/v1/risk/reviews").json().get("items").valueStream()
                .noneMatch(r -> r.get("orderId").asString().equals(id))).isTrue();

        Http.Response again = reviewer.post("/api/v1/risk/reviews/" + id + "/release",
                Map.of("decidedBy", "agent.jones", "reason", "double click"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");

        JsonNode audit = client.http().get("/api/v1/risk/decisions?orderId=" + id).json().get("items");
        assertThat(audit.valueStream().map(d -> d.get("outcome").asString() + " by " + d.get("decidedBy").asString()).toList())
                .containsExactly("HOLD by risk-check", "RELEASE by agent.smith");
        assertThat(audit.get(1).get("reason").asString()).isEqualTo("customer confirmed by phone");
        assertThat(audit.get(1).get("ruleSetVersion").asInt()).isEqualTo(audit.get(0).get("ruleSetVersion").asInt());
    }

    @Test
    void aHeldOrderRejectedByAReviewerIsNeverAccepted() {
        String id = client.place(withOneLine(aWebOrder("RISK-REJECT"), "GC-100", 5, "100.00")).get("id").asString();

        Http.Response rejected = reviewer.post("/api/v1/risk/reviews/" + id + "/reject",
                Map.of("decidedBy", "the-ceo", "reason", "stolen card"));

        assertThat(rejected.status()).as(rejected.text()).isEqualTo(200);
        assertThat(client.order(id).get("status").asString()).isEqualTo("REJECTED");
        assertThat(client.eventTypes(id)).containsExactly(HELD, REJECTED);
        JsonNode event = client.lastEvent(id, REJECTED);
        assertThat(event.get("decidedBy").asString()).isEqualTo("agent.smith");
        assertThat(event.get("reasons").get(0).asString()).isEqualTo("HIGH_RISK_ARTICLES");
        assertThat(client.post("/api/v1/risk/reviews/" + id + "/release", Map.of("decidedBy", "x", "reason", "y")).status())
                .isEqualTo(409);
        assertThat(client.post("/api/v1/risk/reviews/" + id + "/reject", Map.of("decidedBy", "x", "reason", "")).status())
                .isEqualTo(400);
        JsonNode audit = client.http().get("/api/v1/risk/decisions?orderId=" + id).json().get("items");
        assertThat(audit.valueStream().map(d -> d.get("decidedBy").asString())).containsExactly("risk-check", "agent.smith");
    }

    @Test
    void ruleChangesMakeVersionsAndAreChecked() {
        JsonNode before = client.http().get("/api/v1/risk/rules").json();
        int version = before.get("version").asInt();

        JsonNode changed = client.changeRules(r -> ((ObjectNode) r.get("articleQuantity")).put("action", "REJECT"));

        assertThat(changed.get("version").asInt()).isEqualTo(version + 1);
        // the body said changedBy "test": the token's subject counts
        assertThat(changed.get("changedBy").asString()).isEqualTo(TestCaller.SUPERUSER.subject());
        JsonNode rejected = client.place(withOneLine(aWebOrder("RISK-RULE-REJECT"), "A-1", 25, "1.00"));
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(client.lastEvent(rejected.get("id").asString(), REJECTED).get("reasons").get(0).asString())
                .isEqualTo("ARTICLE_QUANTITY");

        ObjectNode stale = Http.JSON.createObjectNode().put("basedOnVersion", version).put("changedBy", "late");
        stale.set("rules", before.get("rules"));
        assertThat(client.put("/api/v1/risk/rules", stale).status()).isEqualTo(409);

        ObjectNode broken = Http.JSON.createObjectNode().put("basedOnVersion", version + 1).put("changedBy", "x");
        ObjectNode rules = (ObjectNode) before.get("rules").deepCopy();
        ((ObjectNode) rules.get("velocity")).put("maxPerCustomer", 0);
        rules.remove("countryMismatch");
        broken.set("rules", rules);
        Http.Response invalid = client.put("/api/v1/risk/rules", broken);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(fields(invalid)).containsExactly("rules.countryMismatch");

        assertThat(client.http().get("/api/v1/risk/rules/versions/" + version).json().get("version").asInt()).isEqualTo(version);
        assertThat(client.http().get("/api/v1/risk/rules/versions").json().get(0).get("version").asInt()).isEqualTo(version + 1);
        assertThat(client.http().get("/api/v1/risk/rules/versions/9999").status()).isEqualTo(404);
    }

    @Test
    void listEntriesAreNormalisedKeptOnceAndRemovable() {
        Http.Response added = client.post("/api/v1/risk/lists", entry("BLACK", "EMAIL", "  Someone@Example.COM"));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("value").asString()).isEqualTo("someone@example.com");
        assertThat(added.json().get("createdBy").asString()).isEqualTo(TestCaller.SUPERUSER.subject());
        var noChannel = new LinkedHashMap<String, String>(entry("BLACK", "CUSTOMER_ID", "C-ANY"));
        noChannel.remove("channel");
        assertThat(fields(client.post("/api/v1/risk/lists", noChannel))).containsExactly("channel");
        var emailOfAChannel = new LinkedHashMap<String, String>(entry("BLACK", "EMAIL", "x@example.com"));
        emailOfAChannel.put("channel", "WEB_SHOP");
        assertThat(fields(client.post("/api/v1/risk/lists", emailOfAChannel))).containsExactly("channel");
        assertThat(client.post("/api/v1/risk/lists", entry("BLACK", "EMAIL", "someone@example.com")).status()).isEqualTo(409);
        assertThat(client.post("/api/v1/risk/lists", entry("BLACK", "FAX", "1")).status()).isEqualTo(400);

        JsonNode listed = client.http().get("/api/v1/risk/lists?list=BLACK&kind=EMAIL").json();
        assertThat(listed.get("items").valueStream().map(e -> e.get("value").asString())).contains("someone@example.com");

        String id = added.json().get("id").asString();
        assertThat(client.delete("/api/v1/risk/lists/" + id).status()).isEqualTo(204);
        assertThat(client.delete("/api/v1/risk/lists/" + id).status()).isEqualTo(404);
    }

    /** Chargebacks published on payment.events.v1 as payment-service would: each suggests its customer once. */
    @Test
    void aChargebackSuggestsTheCustomerOnceAndAReviewerBlackListsOrDismisses(Wire wire) {
        String listedId = client.place(aWebOrder("CB-LISTED")).get("id").asString();
        String sparedId = client.place(aWebOrder("CB-SPARED")).get("id").asString();
        UUID chargeback = UUID.randomUUID();
        ChargebackOpened opened = chargeback(listedId, chargeback, "fraudulent");
        // the PSP notified the same dispute twice: a new event of the same chargeback suggests nothing more
        ChargebackOpened again = chargeback(listedId, chargeback, "fraudulent");
        ChargebackOpened other = chargeback(sparedId, UUID.randomUUID(), "product_not_received");

        wire.publish(opened, again, other);
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM processed_event WHERE event_id IN (?, ?, ?)", Long.class,
                opened.eventId(), again.eventId(), other.eventId()) == 3);

        JsonNode open = reviewer.get("/api/v1/risk/suggestions").json();
        Map<String, JsonNode> byOrder = new LinkedHashMap<>();
        open.get("items").valueStream().forEach(i -> byOrder.put(i.get("orderId").asString(), i));
        assertThat(byOrder.keySet()).containsExactlyInAnyOrder(listedId, sparedId);
        JsonNode listed = byOrder.get(listedId);
        assertThat(listed.get("chargebackId").asString()).isEqualTo(chargeback.toString());
        assertThat(listed.get("orderNumber").asString()).isEqualTo("CB-LISTED");
        assertThat(listed.get("channel").asString()).isEqualTo("WEB_SHOP");
        assertThat(listed.get("customerId").asString()).isEqualTo("C-CB-LISTED");
        assertThat(listed.get("reason").asString()).isEqualTo("fraudulent");
        assertThat(new java.math.BigDecimal(listed.get("amount").asString())).isEqualByComparingTo("29.98");
        assertThat(listed.get("status").asString()).isEqualTo("OPEN");

        Http.Response accepted = reviewer.post("/api/v1/risk/suggestions/" + listed.get("id").asString() + "/accept",
                Map.of("reason", "card fraud confirmed"));
        Http.Response dismissed = reviewer.post("/api/v1/risk/suggestions/" + byOrder.get(sparedId).get("id").asString()
                + "/dismiss", Map.of("reason", "parcel lost, not fraud"));
        Http.Response twice = reviewer.post("/api/v1/risk/suggestions/" + listed.get("id").asString() + "/dismiss", Map.of());

        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().get("decidedBy").asString()).isEqualTo("agent.smith");
        assertThat(dismissed.status()).as(dismissed.text()).isEqualTo(200);
        assertThat(dismissed.json().get("status").asString()).isEqualTo("DISMISSED");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(reviewer.get("/api/v1/risk/suggestions").json().get("items").valueStream()
                .map(i -> i.get("orderId").asString())).doesNotContain(listedId, sparedId);
        JsonNode entry = reviewer.get("/api/v1/risk/lists?list=BLACK&kind=CUSTOMER_ID").json().get("items").valueStream()
                .filter(e -> e.get("id").asString().equals(accepted.json().get("listEntryId").asString())).findFirst().orElseThrow();
        assertThat(entry.get("channel").asString()).isEqualTo("WEB_SHOP");
        assertThat(entry.get("reason").asString()).isEqualTo("card fraud confirmed");
        // the black list now refuses the customer's next order; the dismissed one's customer is still welcome
        ObjectNode nextListed = aWebOrder("CB-LISTED-2");
        customer(nextListed).put("customerId", "C-CB-LISTED");
        ObjectNode nextSpared = aWebOrder("CB-SPARED-2");
        customer(nextSpared).put("customerId", "C-CB-SPARED");
        assertThat(client.place(nextListed).get("status").asString()).isEqualTo("REJECTED");
        assertThat(client.place(nextSpared).get("status").asString()).isEqualTo("ACCEPTED");
    }

    private static ChargebackOpened chargeback(String orderId, UUID chargebackId, String reason) {
        return new ChargebackOpened(UUID.randomUUID(), Instant.now(), UUID.fromString(orderId), chargebackId, "dp_" + chargebackId,
                "psp-auth-123", "1", "EUR", new java.math.BigDecimal("29.98"), reason);
    }

    private void assertHeld(ObjectNode request, String code, int version) {
        JsonNode order = client.place(request);
        assertThat(order.get("status").asString()).as(code + ": " + order).isEqualTo("HELD");
        String id = order.get("id").asString();
        assertThat(client.eventTypes(id)).as(code).containsExactly(HELD);
        JsonNode event = client.lastEvent(id, HELD);
        assertThat(event.get("reasons").valueStream().map(JsonNode::asString).toList()).as(code).containsExactly(code);
        assertThat(event.get("ruleSetVersion").asInt()).isEqualTo(version);
        assertThat(client.http().get("/api/v1/risk/reviews/" + id).json().get("status").asString()).isEqualTo("OPEN");
    }

    private void blackList(String kind, String value) {
        Http.Response added = client.post("/api/v1/risk/lists", entry("BLACK", kind, value));
        assertThat(added.status()).as(added.text()).isEqualTo(201);
    }

    /** An entry as the superuser adds it; a customer id is the web shop's (createdBy is ignored). */
    private static Map<String, String> entry(String list, String kind, String value) {
        return kind.equals("CUSTOMER_ID")
                ? Map.of("list", list, "kind", kind, "channel", "WEB_SHOP", "value", value, "reason", "test", "createdBy", "test")
                : Map.of("list", list, "kind", kind, "value", value, "reason", "test", "createdBy", "test");
    }
}
