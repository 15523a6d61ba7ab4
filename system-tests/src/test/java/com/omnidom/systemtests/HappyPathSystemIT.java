package com.omnidom.systemtests;

import com.omnidom.testsupport.Http;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The happy path across all seven services, through their public REST APIs, with assertions on state and
 * on the e-mails the customer receives.
 */
class HappyPathSystemIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static LocalCluster cluster;
    private static Http catalog, inventory, routing, orders, payments, returns;

    @BeforeAll
    static void startTheSystem() throws Exception {
        cluster = LocalCluster.start();
        System.out.printf("system up in %d s; RSS MiB per service: %s%n", cluster.startTime().toSeconds(), cluster.rssMib());
        catalog = new Http(cluster.port("catalog-service"));
        inventory = new Http(cluster.port("inventory-service"));
        routing = new Http(cluster.port("routing-service"));
        orders = new Http(cluster.port("order-service"));
        payments = new Http(cluster.port("payment-service"));
        returns = new Http(cluster.port("returns-service"));
        Retailer.load(catalog, inventory);
        // routing decides from its replicas: let it read every location and stock level first
        cluster.awaitConsumed("routing-service", PATIENCE, "catalog.locations.v1", "inventory.availability.v1");
    }

    @AfterAll
    static void stopTheSystem() throws Exception {
        if (cluster != null) cluster.close();
    }

    @Test
    void shipToHomeOrderSplitAcrossTwoLocationsIsShippedTwiceAndCapturedInTwoParts() {
        String email = "split-" + UUID.randomUUID() + "@example.com";
        String orderId = placeOrder(Retailer.shipToBerlin(email, "de", List.of(
                Retailer.line("SKU-JACKET", 1, "49.90"), Retailer.line("SKU-BOOTS", 1, "120.00"))));

        List<JsonNode> fulfillments = awaitFulfillments(orderId, 2);
        assertThat(fulfillments).extracting(f -> f.get("locationId").asString())
                .containsExactlyInAnyOrder(Retailer.WAREHOUSE_BERLIN, Retailer.STORE_MUNICH);
        fulfillments.forEach(f -> ship(f.get("fulfillmentId").asString()));

        JsonNode payment = awaitPayment(orderId, p -> decimal(p, "captured").compareTo(new BigDecimal("169.90")) == 0);
        assertThat(payment.get("captures")).hasSize(2);
        assertThat(payment.get("invoices")).hasSize(2);
        awaitOrderStatus(orderId, "COMPLETED");
        assertThat(awaitMails(email, 3)).extracting(this::subject).hasSize(3);
    }

    @Test
    void clickAndCollectIsReadyForPickupThenPickedUpAndCaptured() {
        String email = "pickup-" + UUID.randomUUID() + "@example.com";
        String orderId = placeOrder(Retailer.pickupAt(Retailer.STORE_HAMBURG, email, List.of(
                Retailer.line("SKU-MUG", 2, "12.50"))));

        JsonNode fulfillment = awaitFulfillments(orderId, 1).getFirst();
        assertThat(fulfillment.get("locationId").asString()).isEqualTo(Retailer.STORE_HAMBURG);
        String id = fulfillment.get("fulfillmentId").asString();
        awaitFulfillmentStatus(id, "ALLOCATED");
        assertThat(routing.post("/api/v1/fulfillments/" + id + "/ready-for-pickup", Map.of()).status()).isEqualTo(200);
        awaitMails(email, 2);
        assertThat(routing.post("/api/v1/fulfillments/" + id + "/picked-up", Map.of()).status()).isEqualTo(200);

        awaitPayment(orderId, p -> decimal(p, "captured").compareTo(new BigDecimal("25.00")) == 0);
        awaitOrderStatus(orderId, "COMPLETED");
    }

    @Test
    void storeRejectionReroutesTheLinesAndTheOrderStillCompletes() {
        String email = "reject-" + UUID.randomUUID() + "@example.com";
        String orderId = placeOrder(Retailer.shipToHamburg(email, List.of(Retailer.line("SKU-SCARF", 1, "19.90"))));

        JsonNode first = awaitFulfillments(orderId, 1).getFirst();
        assertThat(first.get("locationId").asString()).isEqualTo(Retailer.STORE_HAMBURG);
        String firstId = first.get("fulfillmentId").asString();
        awaitFulfillmentStatus(firstId, "ALLOCATED");
        assertThat(routing.post("/api/v1/fulfillments/" + firstId + "/reject", Map.of("reason", "NOT_FOUND")).status())
                .isEqualTo(200);

        JsonNode rerouted = await().atMost(PATIENCE).until(() -> fulfillmentsOf(orderId).stream()
                        .filter(f -> !f.get("fulfillmentId").asString().equals(firstId)).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        assertThat(rerouted.get("locationId").asString()).isEqualTo(Retailer.WAREHOUSE_BERLIN);
        ship(rerouted.get("fulfillmentId").asString());

        awaitOrderStatus(orderId, "COMPLETED");
        awaitPayment(orderId, p -> decimal(p, "captured").compareTo(new BigDecimal("19.90")) == 0);
    }

    @Test
    void returnIsRefundedToTheOriginalTenderAndRestocked() {
        String email = "return-" + UUID.randomUUID() + "@example.com";
        String orderId = placeOrder(Retailer.shipToBerlin(email, "en", List.of(Retailer.line("SKU-JACKET", 1, "49.90"))));
        JsonNode fulfillment = awaitFulfillments(orderId, 1).getFirst();
        ship(fulfillment.get("fulfillmentId").asString());
        awaitPayment(orderId, p -> decimal(p, "captured").compareTo(new BigDecimal("49.90")) == 0);
        int onHandBefore = onHand(Retailer.WAREHOUSE_BERLIN, "SKU-JACKET");

        // returns-service learns of the shipment from its topic: ask until it knows the line is returnable
        Http.Response created = await().atMost(PATIENCE).until(() -> returns.post("/api/v1/returns", Map.of(
                "orderId", orderId, "channel", "ONLINE", "locationId", Retailer.WAREHOUSE_BERLIN,
                "lines", List.of(Map.of("lineId", "1", "quantity", 1, "reason", "TOO_SMALL")))), r -> r.status() == 201);
        String returnId = created.json().get("returnId").asString();
        assertThat(returns.post("/api/v1/returns/" + returnId + "/receive", Map.of(
                "lines", List.of(Map.of("lineId", "1", "quantity", 1, "resellable", true)))).status()).isEqualTo(200);

        JsonNode payment = awaitPayment(orderId, p -> decimal(p, "refunded").compareTo(new BigDecimal("49.90")) == 0);
        // back to the card the customer paid with: the order's only tender
        JsonNode refundedTo = payment.get("refunds").get(0).get("parts").get(0);
        assertThat(refundedTo.get("tenderId").asString()).isEqualTo(payment.get("tenders").get(0).get("tenderId").asString());
        assertThat(refundedTo.get("type").asString()).isEqualTo("CARD");
        assertThat(new BigDecimal(refundedTo.get("amount").asString())).isEqualByComparingTo("49.90");
        await().atMost(PATIENCE).until(() -> onHand(Retailer.WAREHOUSE_BERLIN, "SKU-JACKET") == onHandBefore + 1);
        awaitMails(email, 3); // confirmation, shipment, refund
    }

    @Test
    void sameOrderPostedThreeTimesConcurrentlyWithOneIdempotencyKeyIsOneOrder() throws Exception {
        String email = "idem-" + UUID.randomUUID() + "@example.com";
        Map<String, Object> order = Retailer.shipToBerlin(email, "de", List.of(Retailer.line("SKU-JACKET", 1, "49.90")));
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        List<Callable<Http.Response>> posts = new ArrayList<>();
        for (int i = 0; i < 3; i++) posts.add(() -> orders.post("/api/v1/orders", order, key));
        List<Http.Response> answers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(3)) {
            for (Future<Http.Response> answer : pool.invokeAll(posts)) answers.add(answer.get());
        }

        assertThat(answers).extracting(Http.Response::status).containsOnly(201);
        assertThat(answers).extracting(r -> r.json().get("id").asString()).containsOnly(answers.getFirst().json().get("id").asString());
        String customerId = ((Map<?, ?>) order.get("customer")).get("customerId").toString();
        assertThat(orders.get("/api/v1/orders?customerId=" + customerId).json().get("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void cancellingBeforeShipmentReleasesTheStockAndTheMoneyAndTellsTheCustomer() {
        String email = "cancel-" + UUID.randomUUID() + "@example.com";
        int allocatedBefore = stock(Retailer.WAREHOUSE_BERLIN, "SKU-JACKET").get("allocated").asInt();
        String orderId = placeOrder(Retailer.shipToBerlin(email, "en", List.of(Retailer.line("SKU-JACKET", 2, "49.90"))));
        String fulfillmentId = awaitFulfillments(orderId, 1).getFirst().get("fulfillmentId").asString();
        awaitFulfillmentStatus(fulfillmentId, "ALLOCATED");
        await().atMost(PATIENCE).until(() -> stock(Retailer.WAREHOUSE_BERLIN, "SKU-JACKET").get("allocated").asInt()
                == allocatedBefore + 2);

        Http.Response cancelled = orders.post("/api/v1/orders/" + orderId + "/cancellation",
                Map.of("reason", "customer changed their mind", "cancelledBy", "service-agent"));
        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);

        awaitFulfillmentStatus(fulfillmentId, "CANCELLED");
        await().atMost(PATIENCE).until(() -> stock(Retailer.WAREHOUSE_BERLIN, "SKU-JACKET").get("allocated").asInt()
                == allocatedBefore);
        JsonNode payment = awaitPayment(orderId, p -> decimal(p, "released").compareTo(new BigDecimal("99.80")) == 0);
        assertThat(decimal(payment, "captured")).isEqualByComparingTo("0");
        awaitOrderStatus(orderId, "CANCELLED");
        // confirmation, cancellation, money released
        assertThat(awaitMails(email, 3)).extracting(this::subject).hasSize(3);
        // too late for the shop floor: the fulfilment order can no longer be shipped
        assertThat(routing.post("/api/v1/fulfillments/" + fulfillmentId + "/ship",
                Map.of("carrier", "DHL", "trackingNumber", "TRACK-LATE")).status()).isEqualTo(409);
    }

    @Test
    void largeFirstOrderIsHeldForReviewAndRoutedOnlyAfterRelease() {
        String email = "held-" + UUID.randomUUID() + "@example.com";
        String orderId = placeOrder(Retailer.shipToBerlin(email, "de", List.of(Retailer.line("SKU-BOOTS", 1, "2999.00"))));
        assertThat(orders.get("/api/v1/orders/" + orderId).json().get("status").asString()).isEqualTo("HELD");
        JsonNode review = orders.get("/api/v1/risk/reviews/" + orderId).json();
        assertThat(review.get("reasons").get(0).get("code").asString()).isNotBlank();
        assertThat(fulfillmentsOf(orderId)).isEmpty();

        Http.Response released = orders.post("/api/v1/risk/reviews/" + orderId + "/release",
                Map.of("decidedBy", "risk-analyst", "reason", "customer confirmed by phone"));
        assertThat(released.status()).as(released.text()).isEqualTo(200);

        JsonNode fulfillment = awaitFulfillments(orderId, 1).getFirst();
        assertThat(fulfillment.get("locationId").asString()).isEqualTo(Retailer.STORE_MUNICH);
        ship(fulfillment.get("fulfillmentId").asString());
        awaitPayment(orderId, p -> decimal(p, "captured").compareTo(new BigDecimal("2999.00")) == 0);
        awaitOrderStatus(orderId, "COMPLETED");
    }

    // --- steps through the public APIs

    private String placeOrder(Map<String, Object> order) {
        Http.Response response = orders.post("/api/v1/orders", order, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private List<JsonNode> fulfillmentsOf(String orderId) {
        JsonNode list = routing.get("/api/v1/orders/" + orderId + "/fulfillments").json();
        List<JsonNode> items = new ArrayList<>();
        (list.isArray() ? list : list.get("items")).forEach(items::add);
        return items;
    }

    private List<JsonNode> awaitFulfillments(String orderId, int count) {
        return await().atMost(PATIENCE).until(() -> fulfillmentsOf(orderId), f -> f.size() == count);
    }

    private void awaitFulfillmentStatus(String fulfillmentId, String status) {
        await().atMost(PATIENCE).until(() -> routing.get("/api/v1/fulfillments/" + fulfillmentId).json()
                .get("status").asString(), status::equals);
    }

    private void ship(String fulfillmentId) {
        awaitFulfillmentStatus(fulfillmentId, "ALLOCATED");
        Http.Response shipped = routing.post("/api/v1/fulfillments/" + fulfillmentId + "/ship",
                Map.of("carrier", "DHL", "trackingNumber", "TRACK-" + fulfillmentId.substring(0, 8)));
        assertThat(shipped.status()).as(shipped.text()).isEqualTo(200);
    }

    private JsonNode awaitPayment(String orderId, java.util.function.Predicate<JsonNode> done) {
        return await().atMost(PATIENCE).until(() -> {
            Http.Response response = payments.get("/api/v1/payments/" + orderId);
            return response.status() == 200 ? response.json() : null;
        }, p -> p != null && done.test(p));
    }

    private void awaitOrderStatus(String orderId, String status) {
        await().atMost(PATIENCE).until(() -> orders.get("/api/v1/orders/" + orderId).json().get("status").asString(),
                status::equals);
    }

    private int onHand(String locationId, String sku) {
        return stock(locationId, sku).get("onHand").asInt();
    }

    private JsonNode stock(String locationId, String sku) {
        return inventory.get("/api/v1/stock/" + locationId + "/" + sku).json();
    }

    private List<MimeMessage> awaitMails(String recipient, int count) {
        return await().atMost(PATIENCE).until(() -> Arrays.stream(cluster.mail().getReceivedMessages())
                .filter(m -> addressedTo(m, recipient)).toList(), m -> m.size() >= count);
    }

    private static boolean addressedTo(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }

    private String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? BigDecimal.ZERO : new BigDecimal(value.asString());
    }
}
