package com.omnidom.systemtests;

import com.omnidom.devstack.auth.DemoCredentials;
import com.omnidom.devstack.auth.TokenClient;
import com.omnidom.devstack.traffic.LocationPolicy;
import com.omnidom.testsupport.Http;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Seeded orders at a steady rate through the whole lifecycle, as a shop and its locations would play them while
 * faults hit the system: each order is posted with its own Idempotency-Key and re-sent with the same key until it is
 * answered (as a shop's checkout does); each location lists its allocated fulfilment orders every second and works
 * each as devstack's {@link LocationPolicy} plans it (rejects now and then, acknowledges, ships or hands over),
 * retrying a step that met a fault until routing-service says it is done. What was answered is the ground truth
 * the {@link Checker} compares the system's state with.
 */
final class FaultTraffic implements AutoCloseable {

    /** Articles of the run: one only in the Berlin warehouse (orders with it go there), the others everywhere. */
    static final Map<String, String> PRICES = new LinkedHashMap<>(Map.of("FI-KETTLE", "24.90", "FI-TOWEL", "9.90",
            "FI-LAMP", "49.90", "FI-MUG", "5.00", "FI-CHAIR", "89.00", "FI-RUG", "12.34"));
    static final String WAREHOUSE_ONLY = "FI-CHAIR";
    static final int OPENING_STOCK = 5_000;
    static final List<String> LOCATIONS = List.of(Retailer.WAREHOUSE_BERLIN, Retailer.STORE_HAMBURG, Retailer.STORE_MUNICH);

    /** An order answered 200/201: what the shop sent and the id the system gave it. */
    record PlacedOrder(String id, String orderNumber, String email, String authorization, String mode,
                       Map<String, Integer> quantities, BigDecimal total, Instant answeredAt) {
        BigDecimal price(String sku) {
            return new BigDecimal(PRICES.get(sku));
        }
    }

    /** A fulfilment order this run's locations worked to its end. */
    record Worked(String fulfillmentId, String orderId, String locationId, String mode, String outcome) {
    }

    private final FaultCluster cluster;
    private final TokenClient tokens;
    private final Random random;
    private final LocationPolicy policy;
    private final long seed;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
    private final AtomicInteger posted = new AtomicInteger();
    private final AtomicInteger posting = new AtomicInteger();
    private final List<PlacedOrder> placed = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<String, String> refused = new ConcurrentHashMap<>();
    private final Map<String, Work> work = new ConcurrentHashMap<>();
    private final Map<String, Worked> worked = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> lastNewFulfillment = new AtomicReference<>(Instant.EPOCH);
    private final AtomicInteger stepFailures = new AtomicInteger();
    private volatile boolean ordersStopped;

    FaultTraffic(FaultCluster cluster, TokenClient tokens, long seed) {
        this.cluster = cluster;
        this.tokens = tokens;
        this.seed = seed;
        this.random = new Random(seed);
        this.policy = new LocationPolicy(seed);
    }

    /**
     * The run's retailer through the public APIs: Retailer's three locations and each article's opening stock (a stock
     * row is retried while inventory-service has not read the new location yet); returns the opening stock per
     * {@code sku@location}.
     */
    static Map<String, Integer> loadRetailer(Http catalog, Http inventory) {
        Retailer.locations(catalog);
        Retailer.articles(catalog, PRICES);
        Map<String, Integer> opening = new LinkedHashMap<>();
        for (String sku : PRICES.keySet()) {
            for (String location : LOCATIONS) {
                if (sku.equals(WAREHOUSE_ONLY) && !location.equals(Retailer.WAREHOUSE_BERLIN)) continue;
                Instant giveUp = Instant.now().plusSeconds(60);
                Http.Response response;
                while ((response = inventory.put("/api/v1/stock/" + location + "/" + sku, Map.of("onHand", OPENING_STOCK))).status() / 100 != 2) {
                    if (Instant.now().isAfter(giveUp)) throw new IllegalStateException("stock " + sku + "@" + location + ": " + response.text());
                    sleep(1_000);
                }
                opening.put(sku + "@" + location, OPENING_STOCK);
            }
        }
        return opening;
    }

    /** Orders at {@code ratePerSecond} until {@link #stopOrders}; the locations play until {@link #close}. */
    void start(double ratePerSecond) {
        long every = (long) (1_000_000 / ratePerSecond);
        AtomicInteger sequence = new AtomicInteger();
        timer.scheduleAtFixedRate(() -> {
            if (ordersStopped) return;
            int n = sequence.incrementAndGet();
            Map<String, Object> order = nextOrder(n);
            posted.incrementAndGet();
            posting.incrementAndGet();
            calls.submit(() -> {
                try {
                    post(order);
                } finally {
                    posting.decrementAndGet();
                }
            });
        }, 0, every, TimeUnit.MICROSECONDS);
        timer.scheduleWithFixedDelay(this::playLocations, 1, 1, TimeUnit.SECONDS);
    }

    void stopOrders() {
        ordersStopped = true;
    }

    // ---------------------------------------------------------------- the shop

    private synchronized Map<String, Object> nextOrder(int n) {
        List<String> skus = new ArrayList<>(PRICES.keySet());
        boolean pickup = random.nextDouble() < 0.2;
        // each customer at their own address and phone: order-service holds more than 20 orders an hour to one address
        if (pickup) skus.remove(WAREHOUSE_ONLY); // a pickup store must hold every line
        int lineCount = 1 + random.nextInt(3);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < lineCount; i++) {
            String sku = skus.remove(random.nextInt(skus.size()));
            lines.add(Retailer.line(sku, 1 + random.nextInt(2), PRICES.get(sku)));
        }
        String city = List.of("Berlin", "Hamburg", "Munich").get(random.nextInt(3));
        String suffix = seed + "-" + n;
        Map<String, Object> delivery = pickup
                ? Map.of("mode", "PICKUP", "pickupLocationId", random.nextBoolean() ? Retailer.STORE_HAMBURG : Retailer.STORE_MUNICH)
                : switch (city) {
                    case "Berlin" -> Map.of("mode", "SHIP", "address", address("Alexanderplatz " + n, "10178", city),
                            "geo", Map.of("latitude", 52.5219, "longitude", 13.4132));
                    case "Hamburg" -> Map.of("mode", "SHIP", "address", address("Jungfernstieg " + n, "20354", city),
                            "geo", Map.of("latitude", 53.5534, "longitude", 9.9926));
                    default -> Map.of("mode", "SHIP", "address", address("Marienplatz " + n, "80331", city),
                            "geo", Map.of("latitude", 48.1374, "longitude", 11.5755));
                };
        BigDecimal total = lines.stream().map(l -> new BigDecimal((String) l.get("unitPrice"))
                .multiply(BigDecimal.valueOf((Integer) l.get("quantity")))).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Map.of("channel", "WEB_SHOP", "orderNumber", "FI-" + suffix,
                "customer", Map.of("customerId", "C-FI-" + suffix, "name", "Kim Kunde", "email", "fi-" + suffix + "@example.com",
                        "phone", "+4930" + (1_000_000 + n), "language", n % 2 == 0 ? "de" : "en"),
                "currency", "EUR", "lines", lines, "delivery", delivery,
                "tenders", List.of(Map.of("type", "CARD", "amount", total.toPlainString(), "reference", "auth-fi-" + suffix)),
                "priority", false);
    }

    private static Map<String, Object> address(String street, String postalCode, String city) {
        return Map.of("name", "Kim Kunde", "street", street, "postalCode", postalCode, "city", city, "country", "DE");
    }

    /** Sent again with the same key while the answer is a fault (no answer, 5xx), for up to three minutes. */
    @SuppressWarnings("unchecked")
    private void post(Map<String, Object> order) {
        String key = UUID.randomUUID().toString();
        String body = Http.JSON.writeValueAsString(order);
        String orderNumber = (String) order.get("orderNumber");
        Instant giveUp = Instant.now().plusSeconds(180);
        String last = "not sent";
        while (Instant.now().isBefore(giveUp)) {
            try {
                HttpResponse<String> response = http.send(request("order-service", "/api/v1/orders",
                                tokens.demoToken(DemoCredentials.channelClient("WEB_SHOP")))
                        .header("Idempotency-Key", key).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201 || response.statusCode() == 200) {
                    Map<String, Integer> quantities = new LinkedHashMap<>();
                    for (var line : (List<Map<String, Object>>) order.get("lines")) {
                        quantities.put((String) line.get("sku"), (Integer) line.get("quantity"));
                    }
                    var customer = (Map<String, Object>) order.get("customer");
                    var tender = ((List<Map<String, Object>>) order.get("tenders")).getFirst();
                    placed.add(new PlacedOrder(Http.JSON.readTree(response.body()).get("id").asString(), orderNumber,
                            (String) customer.get("email"), (String) tender.get("reference"),
                            (String) ((Map<String, Object>) order.get("delivery")).get("mode"), quantities,
                            new BigDecimal((String) tender.get("amount")), Instant.now()));
                    return;
                }
                last = response.statusCode() + " " + response.body();
                if (response.statusCode() < 500 && response.statusCode() != 408 && response.statusCode() != 429) break;
            } catch (IOException | RuntimeException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            sleep(2_000);
        }
        refused.put(orderNumber, last);
    }

    // ---------------------------------------------------------------- the locations

    /** One fulfilment order being worked: the next step and when it is due. */
    private static final class Work {
        final String fulfillmentId, orderId, locationId, mode;
        final LocationPolicy.Plan plan;
        volatile String next;
        volatile Instant due;
        volatile boolean busy;

        Work(String fulfillmentId, String orderId, String locationId, String mode, LocationPolicy.Plan plan) {
            this.fulfillmentId = fulfillmentId;
            this.orderId = orderId;
            this.locationId = locationId;
            this.mode = mode;
            this.plan = plan;
            this.next = plan.reject() ? "reject" : "acknowledge";
            this.due = Instant.now().plusMillis(plan.acknowledgeAfter());
        }
    }

    private void playLocations() {
        for (String location : LOCATIONS) calls.submit(() -> poll(location));
        Instant now = Instant.now();
        for (Work w : work.values()) {
            if (!w.busy && !w.due.isAfter(now)) {
                w.busy = true;
                calls.submit(() -> {
                    try {
                        step(w);
                    } finally {
                        w.busy = false;
                    }
                });
            }
        }
    }

    private void poll(String locationId) {
        try {
            HttpResponse<String> response = http.send(request("routing-service",
                    "/api/v1/fulfillments?locationId=" + locationId + "&status=ALLOCATED&page=0&size=100", token(locationId))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) return;
            JsonNode list = Http.JSON.readTree(response.body());
            for (JsonNode f : list.isArray() ? list : list.get("items")) {
                String id = f.get("fulfillmentId").asString();
                if (work.containsKey(id) || worked.containsKey(id)) continue;
                String mode = f.get("mode").asString();
                LocationPolicy.Plan plan = policy.plan(locationId, mode);
                if (plan.reject() && mode.equals("PICKUP")) {
                    // the customer waits at this store: no other location could hand it over there
                    plan = new LocationPolicy.Plan(false, plan.acknowledgeAfter(), 3_000, 5_000, "DHL", "PICKUP");
                }
                work.put(id, new Work(id, f.get("orderId").asString(), locationId, mode, plan));
                lastNewFulfillment.set(Instant.now());
            }
        } catch (IOException | RuntimeException e) {
            // routing-service is down or frozen: the next poll tries again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void step(Work w) {
        String path = "/api/v1/fulfillments/" + w.fulfillmentId + "/" + w.next;
        String body = switch (w.next) {
            // NO_CAPACITY releases the stock; NOT_FOUND would write it off, outside the conservation this run checks
            case "reject" -> "{\"reason\":\"NO_CAPACITY\"}";
            case "ship" -> Http.JSON.writeValueAsString(Map.of("carrier", w.plan.carrier(), "trackingNumber", w.plan.trackingNumber()));
            // the traffic's customers read no e-mail: the store checks their identity instead of a pickup code
            case "picked-up" -> "{\"identityCheck\":\"ID card\"}";
            default -> null;
        };
        try {
            HttpRequest.Builder request = request("routing-service", path, token(w.locationId));
            request = body == null ? request.POST(HttpRequest.BodyPublishers.noBody())
                    : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                advance(w, w.next);
                return;
            }
            if (response.statusCode() == 409) {
                // a step whose answer a fault swallowed may have happened: go on from where routing-service stands
                reconcile(w);
                return;
            }
        } catch (IOException | RuntimeException e) {
            // fault: try again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        stepFailures.incrementAndGet();
        w.due = Instant.now().plusSeconds(1);
    }

    private void reconcile(Work w) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request("routing-service", "/api/v1/fulfillments/" + w.fulfillmentId,
                token(w.locationId)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            w.due = Instant.now().plusSeconds(1);
            return;
        }
        String status = Http.JSON.readTree(response.body()).get("status").asString();
        switch (status) {
            case "ACKNOWLEDGED" -> advance(w, "acknowledge");
            case "READY_FOR_PICKUP" -> advance(w, "ready-for-pickup");
            case "SHIPPED", "PICKED_UP", "REJECTED", "CANCELLED", "FAILED" -> finish(w, status);
            default -> w.due = Instant.now().plusSeconds(1);
        }
    }

    private void advance(Work w, String done) {
        switch (done) {
            case "acknowledge" -> {
                w.next = w.mode.equals("PICKUP") ? "ready-for-pickup" : "ship";
                w.due = Instant.now().plusMillis(w.plan.shipAfter());
            }
            case "ready-for-pickup" -> {
                w.next = "picked-up";
                w.due = Instant.now().plusMillis(w.plan.pickedUpAfter());
            }
            case "ship" -> finish(w, "SHIPPED");
            case "picked-up" -> finish(w, "PICKED_UP");
            default -> finish(w, "REJECTED");
        }
    }

    private void finish(Work w, String outcome) {
        worked.put(w.fulfillmentId, new Worked(w.fulfillmentId, w.orderId, w.locationId, w.mode, outcome));
        work.remove(w.fulfillmentId);
    }

    // ---------------------------------------------------------------- what the run and the checker read

    List<PlacedOrder> placed() {
        return List.copyOf(placed);
    }

    Map<String, String> refused() {
        return Map.copyOf(refused);
    }

    int posted() {
        return posted.get();
    }

    /** Orders handed to the shop and not answered yet. */
    int posting() {
        return posting.get();
    }

    /** Fulfilment orders seen and not worked to their end yet. */
    int pendingWork() {
        return work.size();
    }

    Map<String, Worked> worked() {
        return Map.copyOf(worked);
    }

    Set<String> inWork() {
        return Set.copyOf(work.keySet());
    }

    int stepFailures() {
        return stepFailures.get();
    }

    /** When a location last saw a fulfilment order it had not seen before: the flow of new assignments. */
    Instant lastNewFulfillment() {
        return lastNewFulfillment.get();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        calls.shutdownNow();
    }

    // ---------------------------------------------------------------- helpers

    private HttpRequest.Builder request(String service, String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + cluster.port(service) + path))
                .timeout(Duration.ofSeconds(10)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token);
    }

    private String token(String locationId) {
        return tokens.demoToken(locationId);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
