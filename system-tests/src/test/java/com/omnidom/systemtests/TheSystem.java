package com.omnidom.systemtests;

import com.omnidom.testsupport.Http;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The running system as the scenarios see it: a REST client per service, the mail the customers received, and the
 * steps a shop, a store or a customer-service agent takes through the public APIs.
 */
final class TheSystem implements ExtensionContext.Store.CloseableResource {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    final Http catalog, inventory, routing, orders, payments, returns;
    private final LocalCluster cluster;

    private TheSystem(LocalCluster cluster) {
        this.cluster = cluster;
        catalog = new Http(cluster.port("catalog-service"));
        inventory = new Http(cluster.port("inventory-service"));
        routing = new Http(cluster.port("routing-service"));
        orders = new Http(cluster.port("order-service"));
        payments = new Http(cluster.port("payment-service"));
        returns = new Http(cluster.port("returns-service"));
    }

    static TheSystem start() {
        LocalCluster cluster = null;
        try {
            cluster = LocalCluster.start();
            System.out.printf("system up in %d s; RSS MiB per service: %s%n", cluster.startTime().toSeconds(), cluster.rssMib());
            TheSystem system = new TheSystem(cluster);
            Retailer.load(system.catalog, system.inventory);
            // routing decides from its replicas: let it read every location and stock level first
            cluster.awaitConsumed("routing-service", PATIENCE, "catalog.locations.v1", "inventory.availability.v1");
            return system;
        } catch (Exception e) {
            if (cluster != null) {
                try {
                    cluster.close();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw new IllegalStateException("the system did not start", e);
        }
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }

    String placeOrder(Map<String, Object> order) {
        Http.Response response = orders.post("/api/v1/orders", order, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    List<JsonNode> fulfillmentsOf(String orderId) {
        JsonNode list = routing.get("/api/v1/orders/" + orderId + "/fulfillments").json();
        List<JsonNode> items = new ArrayList<>();
        (list.isArray() ? list : list.get("items")).forEach(items::add);
        return items;
    }

    List<JsonNode> awaitFulfillments(String orderId, int count) {
        return await().atMost(PATIENCE).until(() -> fulfillmentsOf(orderId), f -> f.size() == count);
    }

    void awaitFulfillmentStatus(String fulfillmentId, String status) {
        await().atMost(PATIENCE).until(() -> routing.get("/api/v1/fulfillments/" + fulfillmentId).json()
                .get("status").asString(), status::equals);
    }

    void ship(String fulfillmentId) {
        awaitFulfillmentStatus(fulfillmentId, "ALLOCATED");
        Http.Response shipped = routing.post("/api/v1/fulfillments/" + fulfillmentId + "/ship",
                Map.of("carrier", "DHL", "trackingNumber", "TRACK-" + fulfillmentId.substring(0, 8)));
        assertThat(shipped.status()).as(shipped.text()).isEqualTo(200);
    }

    JsonNode awaitPayment(String orderId, java.util.function.Predicate<JsonNode> done) {
        return await().atMost(PATIENCE).until(() -> {
            Http.Response response = payments.get("/api/v1/payments/" + orderId);
            return response.status() == 200 ? response.json() : null;
        }, p -> p != null && done.test(p));
    }

    void awaitOrderStatus(String orderId, String status) {
        await().atMost(PATIENCE).until(() -> orders.get("/api/v1/orders/" + orderId).json().get("status").asString(),
                status::equals);
    }

    int onHand(String locationId, String sku) {
        return stock(locationId, sku).get("onHand").asInt();
    }

    JsonNode stock(String locationId, String sku) {
        return inventory.get("/api/v1/stock/" + locationId + "/" + sku).json();
    }

    List<MimeMessage> awaitMails(String recipient, int count) {
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

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? BigDecimal.ZERO : new BigDecimal(value.asString());
    }
}
