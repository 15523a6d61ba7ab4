package com.omnidom.systemtests;

import com.omnidom.devstack.auth.DemoCredentials;
import com.omnidom.devstack.auth.TokenClient;
import com.omnidom.testsupport.Http;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The running system as the scenarios see it: a REST client per service and caller, the mail the customers received,
 * and the steps a shop, a store or a customer-service agent takes through the public APIs. Every call carries the
 * token of the caller who would make it in production, from the authorization server: the e-shop places orders,
 * carla (cs-agent) reads and cancels, rick (risk-reviewer) reviews, fiona (finance) reads payments, the admin client
 * sets up catalog and stock, and each store or warehouse works its own fulfilment orders and returns.
 */
final class TheSystem implements ExtensionContext.Store.CloseableResource {

    /**
     * The longest wait for an effect. A pass waits only as long as the effect takes; this bounds a failure. In a CI
     * run on two cores, right after the fault-injection run, a refund and a pickup's routing took over one minute
     * (alone, the same scenario passes in seconds; a refund parked behind a card capture still at the PSP is replayed
     * with back-off up to one minute between tries).
     */
    static final Duration PATIENCE = Duration.ofSeconds(120);

    /** As the admin (demo-loader): catalog and stock. */
    final Http catalog, inventory;
    /** As the e-shop (eshop-web, channel WEB_SHOP): order intake and its own orders. */
    final Http orders;
    /** As carla, cs-agent: orders (read, cancel), fulfilments (read), returns (start). */
    final Http customerService, routing, returns;
    /** As rick, risk-reviewer. */
    final Http riskReview;
    /** As fiona, finance. */
    final Http payments;
    private final TokenClient tokens;
    private final Cluster cluster;

    private TheSystem(Cluster cluster) {
        this.cluster = cluster;
        tokens = new TokenClient(URI.create(cluster.authorizationServerUrl()));
        catalog = as("catalog-service", DemoCredentials.DEMO_LOADER);
        inventory = as("inventory-service", DemoCredentials.DEMO_LOADER);
        orders = as("order-service", DemoCredentials.channelClient("WEB_SHOP"));
        customerService = as("order-service", "carla");
        riskReview = as("order-service", "rick");
        routing = as("routing-service", "carla");
        returns = as("returns-service", "carla");
        payments = as("payment-service", "fiona");
    }

    /** {@code service} called by {@code who}: a client id or a person of the authorization server. */
    Http as(String service, String who) {
        return as(service, who, 0);
    }

    /** {@code service}'s instance {@code replica} (0 for the first) called by {@code who}. */
    Http as(String service, String who, int replica) {
        return new Http(cluster.ports(service).get(replica), () -> tokens.demoToken(who));
    }

    /** routing-service as the store or warehouse itself: it works its own fulfilment orders. */
    Http fulfilmentAt(String locationId) {
        return as("routing-service", locationId);
    }

    /** returns-service as the location that receives the parcel. */
    Http returnsAt(String locationId) {
        return as("returns-service", locationId);
    }

    /**
     * The compose stack when a Docker API answers and the images exist, else the services as processes;
     * {@code -Domnidom.systemtests.cluster=local} or {@code =compose} decides instead.
     */
    static TheSystem start() {
        Cluster cluster = null;
        try {
            String choice = System.getProperty("omnidom.systemtests.cluster", "auto");
            ComposeCluster.Setup compose = choice.equals("local") ? ComposeCluster.Setup.none("-Domnidom.systemtests.cluster=local")
                    : ComposeCluster.setup();
            if (compose.available()) {
                cluster = ComposeCluster.start(compose);
            } else if (choice.equals("compose")) {
                throw new IllegalStateException("-Domnidom.systemtests.cluster=compose, but " + compose.unavailable());
            } else {
                System.out.println("system tests: not on docker compose, " + compose.unavailable());
                cluster = LocalCluster.start();
            }
            System.out.printf("system tests on %s: up in %d s; memory MiB: %s%n", cluster.describe(),
                    cluster.startTime().toSeconds(), cluster.rssMib());
            TheSystem system = new TheSystem(cluster);
            Retailer.load(system.catalog, system.inventory);
            // routing decides from its replicas: let it read every location and stock level first
            cluster.awaitConsumed("routing-service", PATIENCE, "catalog.locations.v1", "inventory.availability.v1");
            // order intake checks each line against order-service's copy of the catalog's articles
            cluster.awaitConsumed("order-service", PATIENCE, "catalog.articles.v1", "catalog.locations.v1");
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

    /**
     * A new article of its own for a scenario ({@code prefix} + a random part), priced {@code price} EUR, once
     * order-service's copy of the catalog has it (intake refuses unknown articles).
     */
    String newArticle(String prefix, String price) throws Exception {
        String sku = prefix + UUID.randomUUID().toString().substring(0, 8);
        Retailer.articles(catalog, Map.of(sku, price));
        cluster.awaitConsumed("order-service", PATIENCE, "catalog.articles.v1", "catalog.locations.v1");
        return sku;
    }

    Cluster cluster() {
        return cluster;
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

    /**
     * The customer returns one unit of line 1 online (too small) and the Berlin warehouse receives it, resellable.
     * returns-service learns of the shipment from its topic: the return is asked for until it knows the line.
     */
    String returnOneAndReceiveAtBerlin(String orderId) {
        Http.Response created = await().atMost(PATIENCE).until(() -> returns.post("/api/v1/returns", Map.of(
                "orderId", orderId, "channel", "ONLINE", "locationId", Retailer.WAREHOUSE_BERLIN,
                "lines", List.of(Map.of("lineId", "1", "quantity", 1, "reason", "TOO_SMALL")))), r -> r.status() == 201);
        String returnId = created.json().get("returnId").asString();
        assertThat(returnsAt(Retailer.WAREHOUSE_BERLIN).post("/api/v1/returns/" + returnId + "/receive", Map.of(
                "lines", List.of(Map.of("lineId", "1", "quantity", 1, "resellable", true)))).status()).isEqualTo(200);
        return returnId;
    }

    /** Ships as the location the fulfilment order was allocated to. */
    void ship(String fulfillmentId) {
        ship(fulfillmentId, 0);
    }

    /** Ships as the location, through routing-service's instance {@code replica}. */
    void ship(String fulfillmentId, int replica) {
        awaitFulfillmentStatus(fulfillmentId, "ALLOCATED");
        String locationId = routing.get("/api/v1/fulfillments/" + fulfillmentId).json().get("locationId").asString();
        Http.Response shipped = as("routing-service", locationId, replica).post("/api/v1/fulfillments/" + fulfillmentId + "/ship",
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
        await().atMost(PATIENCE).until(() -> customerService.get("/api/v1/orders/" + orderId).json().get("status").asString(),
                status::equals);
    }

    int onHand(String locationId, String sku) {
        return stock(locationId, sku).get("onHand").asInt();
    }

    JsonNode stock(String locationId, String sku) {
        return inventory.get("/api/v1/stock/" + locationId + "/" + sku).json();
    }

    List<MimeMessage> awaitMails(String recipient, int count) {
        return await().atMost(PATIENCE).until(() -> cluster.mailTo(recipient), m -> m.size() >= count);
    }

    /** The pickup code the customer read in the ready-for-pickup e-mail ("Your pickup code: 042917"). */
    String awaitPickupCode(String recipient) {
        Pattern line = Pattern.compile("(?:Your pickup code|Ihr Abholcode): ([0-9]{6})");
        Optional<String> code = await().atMost(PATIENCE).until(() -> cluster.mailTo(recipient).stream()
                .map(message -> line.matcher(text(message))).filter(Matcher::find).map(m -> m.group(1)).findFirst(),
                Optional::isPresent);
        return code.orElseThrow();
    }

    /** A mail's text: the body of a plain one, the first text part of a multipart one. */
    static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof Multipart multipart && multipart.getCount() > 0) content = multipart.getBodyPart(0).getContent();
            return content instanceof String text ? text : "";
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file names of a mail's attachments. */
    static List<String> attachments(MimeMessage message) {
        try {
            List<String> names = new ArrayList<>();
            if (message.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) names.add(part.getFileName());
                }
            }
            return names;
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? BigDecimal.ZERO : new BigDecimal(value.asString());
    }
}
