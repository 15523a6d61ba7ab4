package com.omnidom.order.order;

import com.omnidom.testsupport.Wire;
import com.omnidom.order.TestCatalog;
import com.omnidom.order.OrderTestClient;
import com.omnidom.order.order.application.PurgeIdempotencyKeys;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static com.omnidom.order.OrderTestClient.ORDERS;
import static com.omnidom.order.OrderTestClient.fields;
import static com.omnidom.order.SampleOrders.aWebOrder;
import static com.omnidom.order.SampleOrders.address;
import static com.omnidom.order.SampleOrders.customer;
import static com.omnidom.order.SampleOrders.line;
import static com.omnidom.order.SampleOrders.tender;
import static com.omnidom.order.SampleOrders.withOneLine;
import static org.assertj.core.api.Assertions.assertThat;

/** The front door: limits, ignored fields, channels, customers, normalisation, key retention, and a fuzz of bad bodies. */
@OmnidomServiceTest
class IntakeIT {

    /** Orders are checked against the catalog: the sample orders' articles, published as catalog-service would. */
    @BeforeEach
    void articlesInTheReplica(Wire wire, @Autowired JdbcTemplate jdbcTemplate) {
        TestCatalog.seed(wire, jdbcTemplate);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PurgeIdempotencyKeys purge;

    OrderTestClient client;
    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
        client = new OrderTestClient(http, jdbc);
    }

    @Test
    void anOversizeBodyIs413AndADeeplyNestedOneIs400() {
        ObjectNode huge = aWebOrder("IN-HUGE");
        huge.put("padding", "x".repeat(1_100_000));
        StringBuilder deep = new StringBuilder("{\"channel\":\"WEB_SHOP\",\"x\":");
        deep.append("[".repeat(200)).append("]".repeat(200)).append("}");

        Http.Response tooLarge = http.post(ORDERS, huge);
        Http.Response tooDeep = http.post(ORDERS, deep.toString());

        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(tooDeep.contentType()).startsWith("application/problem+json");
        assertThat(tooDeep.json().get("title").asString()).isEqualTo("Request body beyond limits");
    }

    @Test
    void explicitLimitsNameTheField() {
        ObjectNode longNumber = aWebOrder("X".repeat(65));
        customer(longNumber).put("customerId", "C-LONG");
        ObjectNode manyLines = aWebOrder("IN-LINES");
        ArrayNode lines = manyLines.putArray("lines");
        for (int i = 0; i < 101; i++) lines.addObject().put("sku", "A-" + i).put("quantity", 1).put("unitPrice", "1.00").put("taxRate", "0.19");
        manyLines.putArray("tenders").addObject().put("type", "CARD").put("amount", "101.00");
        ObjectNode longCity = aWebOrder("IN-CITY");
        address(longCity).put("city", "C".repeat(101));

        Http.Response a = http.post(ORDERS, longNumber);
        Http.Response b = http.post(ORDERS, manyLines);
        Http.Response c = http.post(ORDERS, longCity);

        assertThat(a.status()).isEqualTo(400);
        assertThat(fields(a)).containsExactly("orderNumber");
        assertThat(b.status()).isEqualTo(422);
        assertThat(fields(b)).containsExactly("lines");
        assertThat(b.json().get("detail").asString()).contains("at most 100 lines");
        assertThat(c.status()).isEqualTo(400);
        assertThat(fields(c)).containsExactly("delivery.address.city");
    }

    @Test
    void serverOwnedAndUnknownFieldsAreNeverApplied() {
        ObjectNode request = aWebOrder("IN-OWNED");
        request.put("status", "COMPLETED").put("riskDecision", "ACCEPTED").put("releasedAmount", "39.98")
                .put("capturedAmount", "39.98").put("refundedAmount", "1.00").put("replacesOrderId", "00000000-0000-0000-0000-000000000009")
                .put("statusSince", "2020-01-01T00:00:00Z").put("locationId", "WH-EVIL").put("whatever", 1);
        request.putArray("timeline").addObject().put("type", "FulfillmentShipped").put("summary", "fake");
        request.putArray("fulfillments").addObject().put("fulfillmentId", "00000000-0000-0000-0000-000000000001");
        line(request, 0).putObject("quantities").put("cancelled", 2).put("shipped", 2);
        customer(request).put("orders", 99);
        tender(request, 0).put("tenderId", "7");

        JsonNode order = client.place(request);

        assertThat(order.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(order.get("releasedAmount").asString()).isEqualTo("0.00");
        assertThat(order.get("capturedAmount").asString()).isEqualTo("0.00");
        assertThat(order.get("replacesOrderId").isNull()).isTrue();
        assertThat(order.get("locationId").isNull()).isTrue();
        assertThat(order.get("statusSince").asString()).doesNotStartWith("2020");
        assertThat(order.at("/lines/0/quantities/cancelled").asInt()).isZero();
        assertThat(order.get("timeline").size()).isEqualTo(1);
        assertThat(order.get("fulfillments").isEmpty()).isTrue();
        assertThat(order.at("/tenders/0/tenderId").asString()).isEqualTo("1");
        assertThat(http.get("/api/v1/customers/C-IN-OWNED?channel=WEB_SHOP").json().get("orders").asInt()).isEqualTo(1);
    }

    @Test
    void aStoreOrderPaidAtTheTillKnowsItsCustomerByLoyaltyCard() {
        ObjectNode pos = withOneLine(aWebOrder("POS-TILL-1"), "A-25", 1, "25.00");
        pos.put("channel", "STORE_POS");
        customer(pos).remove("customerId");
        customer(pos).put("loyaltyId", "LOY-4711").put("email", "Anna@Example.COM");
        pos.putObject("delivery").put("mode", "PICKUP").put("pickupLocationId", "STORE-1");
        ((ObjectNode) pos.get("tenders").get(0)).put("type", "CASH");
        ObjectNode cashOnline = aWebOrder("IN-CASH");
        tender(cashOnline, 0).put("type", "CASH");

        JsonNode first = client.place(pos);
        ObjectNode again = pos.deepCopy();
        again.put("orderNumber", "POS-TILL-2");
        client.place(again);
        Http.Response refused = http.post(ORDERS, cashOnline);

        assertThat(first.at("/customer/customerId").asString()).isEqualTo("loyalty:LOY-4711");
        assertThat(first.at("/customer/email").asString()).isEqualTo("anna@example.com");
        assertThat(first.get("locationId").asString()).isEqualTo("STORE-1");
        JsonNode customer = http.get("/api/v1/customers/loyalty:LOY-4711?channel=STORE_POS").json();
        assertThat(customer.get("loyaltyId").asString()).isEqualTo("LOY-4711");
        assertThat(customer.get("orders").asInt()).isEqualTo(2);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(fields(refused)).containsExactly("tenders[0].type");
        assertThat(http.get("/api/v1/customers/nobody?channel=WEB_SHOP").status()).isEqualTo(404);
    }

    @Test
    void nulAndControlCharactersAreRefusedNamingTheField() {
        ObjectNode order = aWebOrder("IN-NUL");
        customer(order).put("name", "Anna\u0000Muster");
        address(order).put("city", "Ber\u0007lin");

        Http.Response refused = http.post(ORDERS, order);
        String id = client.place(aWebOrder("IN-NUL-OK")).get("id").asString();
        Http.Response note = http.post(ORDERS + "/" + id + "/notes", Map.of("text", "a\u0000b", "author", "x"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(fields(refused)).containsExactly("customer.name", "delivery.address.city");
        assertThat(note.status()).isEqualTo(400);
        assertThat(fields(note)).containsExactly("text");
    }

    @Test
    void addressesAreNormalised() {
        ObjectNode request = aWebOrder("IN-NORM");
        address(request).put("name", "  Anna   Muster ").put("street", " Hauptstr.   9 ").put("postalCode", " sw1a 1aa")
                .put("city", " Berlin ").put("country", "de");

        JsonNode order = client.place(request);

        assertThat(order.at("/delivery/address/name").asString()).isEqualTo("Anna Muster");
        assertThat(order.at("/delivery/address/street").asString()).isEqualTo("Hauptstr. 9");
        assertThat(order.at("/delivery/address/postalCode").asString()).isEqualTo("SW1A 1AA");
        assertThat(order.at("/delivery/address/city").asString()).isEqualTo("Berlin");
        assertThat(order.at("/delivery/address/country").asString()).isEqualTo("DE");
    }

    @Test
    void idempotencyKeysAreForgottenAfterTheRetention() {
        http.post(ORDERS, aWebOrder("IN-KEY-NEW"), Map.of("Idempotency-Key", "fresh-key"));
        http.post(ORDERS, aWebOrder("IN-KEY-OLD"), Map.of("Idempotency-Key", "old-key"));
        jdbc.update("UPDATE idempotent_request SET created_at = now() - interval '25 hours' WHERE idempotency_key = 'old-key'");

        int purged = purge.purge();

        assertThat(purged).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT idempotency_key FROM idempotent_request WHERE idempotency_key IN ('fresh-key', 'old-key')",
                String.class)).containsExactly("fresh-key");
        // the order stays; a late retry with the forgotten key meets the channel's order number instead
        assertThat(http.post(ORDERS, aWebOrder("IN-KEY-OLD"), Map.of("Idempotency-Key", "old-key")).status()).isEqualTo(409);
    }

    /** Thousands of seeded mutations of a valid order: whatever arrives, the answer is never a 5xx. */
    @Test
    void malformedOrderBodiesNeverCauseA5xx() {
        Random random = new Random(20261126L);
        String valid = Http.JSON.writeValueAsString(aWebOrder("FUZZ-0"));
        List<String> fiveHundreds = new ArrayList<>();
        int created = 0;
        for (int i = 0; i < 3000; i++) {
            String body = mutate(valid, i, random);
            Map<String, String> headers = random.nextInt(4) == 0 ? Map.of("Idempotency-Key", "fuzz-" + random.nextInt(50)) : Map.of();
            Http.Response answer = http.exchange(HttpMethod.POST, ORDERS, body, MediaType.APPLICATION_JSON, headers);
            if (answer.status() >= 500) fiveHundreds.add(answer.status() + " for " + body);
            else if (answer.status() >= 400) {
                assertThat(answer.contentType()).as(body).startsWith("application/problem+json");
            } else {
                created++;
            }
        }
        assertThat(fiveHundreds).isEmpty();
        assertThat(created).as("some mutations stay valid, so the happy path is exercised too").isPositive();
    }

    private static String mutate(String valid, int i, Random random) {
        ObjectNode order = (ObjectNode) Http.JSON.readTree(valid);
        order.put("orderNumber", "FUZZ-" + i);
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) mutateOnce(order, random);
        String text = Http.JSON.writeValueAsString(order);
        return switch (random.nextInt(12)) {
            case 0 -> text.substring(0, random.nextInt(text.length()));
            case 1 -> {
                int at = random.nextInt(text.length());
                String garbage = "\"{[,:}\u0000\\";
                yield text.substring(0, at) + garbage.charAt(random.nextInt(garbage.length())) + text.substring(at);
            }
            case 2 -> "[" + text + "]";
            default -> text;
        };
    }

    /** Replaces, removes or re-types one random node of the order. */
    private static void mutateOnce(ObjectNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object) {
            List<String> names = new ArrayList<>(object.propertyNames());
            String name = names.isEmpty() ? "extra" : names.get(random.nextInt(names.size()));
            switch (random.nextInt(4)) {
                case 0 -> object.remove(name);
                case 1 -> object.putNull(name);
                default -> object.set(name, randomValue(random));
            }
        } else if (target instanceof ArrayNode array) {
            switch (random.nextInt(4)) {
                case 0 -> array.removeAll();
                case 1 -> array.add(randomValue(random));
                case 2 -> {
                    if (!array.isEmpty()) for (int k = 0; k < 50; k++) array.add(array.get(0).deepCopy());
                }
                default -> {
                    if (!array.isEmpty()) array.set(random.nextInt(array.size()), randomValue(random));
                }
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainer()) {
            into.add(node);
            node.values().forEach(child -> collect(child, into));
        }
    }

    private static JsonNode randomValue(Random random) {
        return switch (random.nextInt(16)) {
            case 0 -> Http.JSON.getNodeFactory().textNode("");
            case 1 -> Http.JSON.getNodeFactory().textNode("x".repeat(1 + random.nextInt(5000)));
            case 2 -> Http.JSON.getNodeFactory().numberNode(-1);
            case 3 -> Http.JSON.getNodeFactory().numberNode(Long.MAX_VALUE);
            case 4 -> Http.JSON.getNodeFactory().numberNode(new BigDecimal("1e400"));
            case 5 -> Http.JSON.getNodeFactory().numberNode(0.000000001);
            case 6 -> Http.JSON.getNodeFactory().booleanNode(random.nextBoolean());
            case 7 -> Http.JSON.getNodeFactory().nullNode();
            case 8 -> Http.JSON.createArrayNode().add(1).add("a");
            case 9 -> Http.JSON.createObjectNode().put("a", 1);
            case 10 -> Http.JSON.getNodeFactory().textNode("NaN");
            case 11 -> Http.JSON.getNodeFactory().textNode("-0.001");
            case 12 -> Http.JSON.getNodeFactory().textNode("\uD83D\uDE00\u202E<script>");
            case 13 -> Http.JSON.getNodeFactory().textNode("9".repeat(400));
            case 14 -> Http.JSON.getNodeFactory().textNode(random.nextBoolean() ? "2026-13-45" : "nul\u0000byte");
            default -> Http.JSON.getNodeFactory().numberNode(random.nextInt(2000) - 500);
        };
    }
}
