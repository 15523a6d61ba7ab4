package com.omnidom.devstack.traffic;

import com.omnidom.devstack.Options;
import com.omnidom.devstack.Options.UsageException;
import com.omnidom.devstack.demo.Assortment;
import com.omnidom.routing.lab.cities.Cities;
import com.omnidom.routing.lab.cities.City;
import com.omnidom.devstack.demo.DemoRetailer;
import com.omnidom.devstack.demo.StockPlan;
import com.omnidom.events.EventType;
import com.omnidom.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Demo traffic against a running stack, bounded in time and count: streams web-shop orders to order-service
 * ({@link OrderGenerator}), plays the locations through routing-service's fulfilment API ({@link LocationPolicy}),
 * tallies the events on Kafka into a live one-line summary and ends with the POST → all-assigned latency and the
 * sustained order rate.
 */
public final class DemoTraffic {

    private static final String USAGE = """
            usage: java -cp ... com.omnidom.devstack.traffic.DemoTraffic [options]
              --rate <n>           orders per second, default 5 (decimals allowed)
              --duration <s>       seconds to send orders for, default 120
              --max-orders <n>     stop sending after this many orders, default rate × duration
              --drain <s>          after the last order, seconds to wait at most for the locations and events to
                                   settle, default 60
              --seed <n>           the demo retailer's seed (as loaded by DemoData), default 42; also seeds the orders
              --stores <n>, --articles <n>   as given to DemoData, default 60 and 3000
              --order-url <url>    default http://127.0.0.1:8081
              --routing-url <url>  default http://127.0.0.1:8083
              --kafka <host:port>  default 127.0.0.1:9092
              --live <yes|no>      rewrite one summary line every second (yes, for a terminal) or print a line
                                   every 5 s (no, for logs); default yes
              --reject-share <x>   share of store fulfilment orders rejected as not found, default 0.03
            Exit status: 0 orders were accepted, 1 none was, 2 order-service or routing-service unreachable.""";

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final int MAX_IN_FLIGHT = 64;
    private static final List<String> TOPICS = List.of(Topics.ORDER_EVENTS.name(), Topics.FULFILLMENT_EVENTS.name(),
            Topics.PAYMENT_EVENTS.name(), Topics.INVENTORY_EVENTS.name(), Topics.NOTIFICATION_EVENTS.name());

    private final URI orderUrl;
    private final URI routingUrl;
    private final String kafka;
    private final double rate;
    private final Duration duration;
    private final long maxOrders;
    private final Duration drain;
    private final boolean live;
    private final OrderGenerator generator;
    private final LocationPolicy policy;
    private final PrintStream out = System.out;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final EventTally tally = new EventTally();
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong orderErrors = new AtomicLong();
    private final AtomicLong locationErrors = new AtomicLong();
    private final AtomicInteger pendingFulfillments = new AtomicInteger();
    private final Set<String> seenFulfillments = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicLong> played = new ConcurrentHashMap<>();
    private final Map<String, String> errorSamples = new ConcurrentHashMap<>();
    private final AtomicLong lastEventAt = new AtomicLong(System.currentTimeMillis());
    private volatile boolean stopping;

    private DemoTraffic(Options options) {
        this.orderUrl = URI.create(options.text("order-url", "http://127.0.0.1:8081"));
        this.routingUrl = URI.create(options.text("routing-url", "http://127.0.0.1:8083"));
        this.kafka = options.text("kafka", "127.0.0.1:9092");
        this.rate = decimal(options, "rate", 5);
        int seconds = options.integer("duration", 120);
        if (rate <= 0 || seconds <= 0) {
            throw new UsageException("--rate and --duration must be positive", USAGE);
        }
        this.duration = Duration.ofSeconds(seconds);
        this.maxOrders = options.number("max-orders", Math.max(1, Math.round(rate * seconds)));
        this.drain = Duration.ofSeconds(options.integer("drain", 60));
        this.live = !options.text("live", "yes").equalsIgnoreCase("no");
        long seed = options.number("seed", 42);
        List<City> cities = Cities.load();
        DemoRetailer retailer = DemoRetailer.generate(cities, seed, options.integer("stores", DemoRetailer.DEFAULT_STORES),
                options.integer("articles", DemoRetailer.DEFAULT_ARTICLES));
        Assortment assortment = Assortment.of(retailer, seed, Instant.now());
        this.generator = new OrderGenerator(cities, retailer.locations(), assortment,
                StockPlan.plan(retailer, assortment, seed), seed);
        this.policy = new LocationPolicy(seed, decimal(options, "reject-share", LocationPolicy.STORE_REJECT_SHARE));
    }

    public static void main(String[] args) {
        int status;
        try {
            var options = Options.parse(args, Set.of("rate", "duration", "max-orders", "drain", "seed", "stores",
                    "articles", "order-url", "routing-url", "kafka", "live", "reject-share"), USAGE);
            status = new DemoTraffic(options).run();
        } catch (UsageException e) {
            e.report();
            status = 2;
        }
        System.exit(status);
    }

    private int run() {
        for (var service : Map.of("order-service", orderUrl, "routing-service", routingUrl).entrySet()) {
            if (!healthy(service.getValue())) {
                System.err.println(service.getKey() + " is not healthy at " + service.getValue()
                        + ". Is the stack running? ./omnidom up (status: ./omnidom status)");
                return 2;
            }
        }
        long runStart = System.currentTimeMillis();
        String run = "DEMO-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyMMdd-HHmmss"));
        out.printf("Demo traffic %s: %.1f orders/s for %d s (at most %d orders) to %s; locations played through %s;"
                        + " events from Kafka at %s%n", run, rate, duration.toSeconds(), maxOrders, orderUrl, routingUrl, kafka);

        Thread consumer = Thread.ofPlatform().name("events").daemon().start(() -> consume(runStart));
        timer.scheduleWithFixedDelay(this::pollFulfillments, 1, 1, TimeUnit.SECONDS);
        var printer = new Printer(runStart);
        timer.scheduleAtFixedRate(printer::tick, 1, 1, TimeUnit.SECONDS);

        long streamStart = System.nanoTime();
        long streamEnd = streamStart + duration.toNanos();
        for (long i = 0; i < maxOrders; i++) {
            long due = streamStart + (long) (i * 1e9 / rate);
            if (due >= streamEnd) {
                break;
            }
            sleepUntil(due);
            inFlight.acquireUninterruptibly();
            String orderNumber = "%s-%05d".formatted(run, i + 1);
            OrderRequest order = generator.next(orderNumber);
            sent.incrementAndGet();
            workers.submit(() -> {
                try {
                    post(order);
                } finally {
                    inFlight.release();
                }
            });
        }
        double streamSeconds = (System.nanoTime() - streamStart) / 1e9;
        inFlight.acquireUninterruptibly(MAX_IN_FLIGHT);
        inFlight.release(MAX_IN_FLIGHT);
        double postSeconds = (System.nanoTime() - streamStart) / 1e9;

        awaitSettled();
        stopping = true;
        timer.shutdownNow();
        try {
            consumer.join(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        printer.tick();
        if (live) {
            out.println();
        }
        report(run, streamSeconds, postSeconds);
        workers.shutdownNow();
        return accepted.get() > 0 ? 0 : 1;
    }

    /** Until every fulfilment order met is played out and the events have gone quiet, or the drain time is up. */
    private void awaitSettled() {
        long deadline = System.nanoTime() + drain.toNanos();
        while (System.nanoTime() < deadline) {
            long quietMillis = System.currentTimeMillis() - lastEventAt.get();
            boolean played = pendingFulfillments.get() == 0;
            if (played && ((tally.incomplete() == 0 && quietMillis > 3_000) || quietMillis > 10_000)) {
                return;
            }
            sleep(250);
        }
    }

    // ------------------------------------------------------------------ orders

    private void post(OrderRequest order) {
        String key = UUID.randomUUID().toString();
        byte[] body = JSON.writeValueAsBytes(order);
        for (int attempt = 1; attempt <= 2; attempt++) {
            long postedAt = System.currentTimeMillis();
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(orderUrl.resolve("/api/v1/orders"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201 || response.statusCode() == 200) {
                    String id = JSON.readValue(response.body(), Created.class).id();
                    accepted.incrementAndGet();
                    if (id != null) {
                        tally.posted(id, postedAt, order.units());
                    }
                } else {
                    orderErrors.incrementAndGet();
                    sample("POST /api/v1/orders", response);
                }
                return;
            } catch (IOException e) {
                if (attempt == 2) {
                    orderErrors.incrementAndGet();
                    errorSamples.putIfAbsent("POST /api/v1/orders " + e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
                }
            } catch (JacksonException e) {
                orderErrors.incrementAndGet();
                errorSamples.putIfAbsent("POST /api/v1/orders unreadable answer", e.getOriginalMessage());
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    record Created(String id) {
    }

    // ------------------------------------------------------------------ locations

    /** A fulfilment order as routing-service lists it. */
    record Fulfillment(String fulfillmentId, String id, String orderId, String locationId, String mode, String status) {
        String key() {
            return fulfillmentId != null ? fulfillmentId : id;
        }
    }

    record FulfillmentPage(List<Fulfillment> items, List<Fulfillment> content) {
        List<Fulfillment> list() {
            return items != null ? items : content != null ? content : List.of();
        }
    }

    private void pollFulfillments() {
        if (stopping) {
            return;
        }
        try {
            for (int page = 0; page < 20; page++) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                routingUrl.resolve("/api/v1/fulfillments?status=ALLOCATED&page=" + page + "&size=100"))
                        .timeout(Duration.ofSeconds(20)).header("Accept", "application/json").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    locationErrors.incrementAndGet();
                    sample("GET /api/v1/fulfillments", response);
                    return;
                }
                String body = response.body().trim();
                List<Fulfillment> items = body.startsWith("[")
                        ? List.of(JSON.readValue(body, Fulfillment[].class))
                        : JSON.readValue(body, FulfillmentPage.class).list();
                for (Fulfillment f : items) {
                    if (f.key() != null && f.locationId() != null && seenFulfillments.add(f.key())) {
                        play(f);
                    }
                }
                if (items.size() < 100) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            // A scheduled task that throws is never run again: every failure is counted here instead.
            locationErrors.incrementAndGet();
            errorSamples.putIfAbsent("GET /api/v1/fulfillments " + e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void play(Fulfillment f) {
        LocationPolicy.Plan plan = policy.plan(f.locationId(), f.mode());
        pendingFulfillments.incrementAndGet();
        String base = "/api/v1/fulfillments/" + f.key();
        if (plan.reject()) {
            later(plan.acknowledgeAfter(), () -> {
                call(base + "/reject", "{\"reason\":\"NOT_FOUND\"}", "rejected");
                pendingFulfillments.decrementAndGet();
            });
            return;
        }
        later(plan.acknowledgeAfter(), () -> {
            if (!call(base + "/acknowledge", null, "acknowledged")) {
                pendingFulfillments.decrementAndGet();
                return;
            }
            if ("PICKUP".equals(f.mode())) {
                later(plan.shipAfter(), () -> {
                    if (call(base + "/ready-for-pickup", null, "ready for pickup")) {
                        later(plan.pickedUpAfter(), () -> {
                            call(base + "/picked-up", null, "picked up");
                            pendingFulfillments.decrementAndGet();
                        });
                    } else {
                        pendingFulfillments.decrementAndGet();
                    }
                });
            } else {
                later(plan.shipAfter(), () -> {
                    call(base + "/ship", JSON.writeValueAsString(Map.of("carrier", plan.carrier(),
                            "trackingNumber", plan.trackingNumber())), "shipped");
                    pendingFulfillments.decrementAndGet();
                });
            }
        });
    }

    /** Runs the step after the delay; once the run is over, steps still waiting are dropped. */
    private void later(long millis, Runnable step) {
        try {
            timer.schedule(() -> workers.submit(step), millis, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            pendingFulfillments.decrementAndGet();
        }
    }

    private boolean call(String path, String json, String outcome) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(routingUrl.resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json");
            if (json != null) {
                request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
            } else {
                request.POST(HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                played.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
                return true;
            }
            locationErrors.incrementAndGet();
            sample("POST " + path.replaceAll("/fulfillments/[^/]+/", "/fulfillments/{id}/"), response);
        } catch (IOException e) {
            locationErrors.incrementAndGet();
            errorSamples.putIfAbsent("POST " + path + " " + e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private void sample(String call, HttpResponse<String> response) {
        String body = response.body().replaceAll("\\s+", " ").trim();
        errorSamples.putIfAbsent(call + " HTTP " + response.statusCode(), body.length() > 300 ? body.substring(0, 300) + "..." : body);
    }

    // ------------------------------------------------------------------ events

    /** Only the fields the tally needs. */
    record EventBody(String orderId, String fulfillmentId, List<Quantity> lines) {
        int units() {
            return lines == null ? 0 : lines.stream().mapToInt(Quantity::quantity).sum();
        }
    }

    record Quantity(int quantity) {
    }

    private void consume(long runStart) {
        var props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "omnidom-demo-traffic");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "100");
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            var assigned = new HashSet<TopicPartition>();
            long nextRefresh = 0;
            while (!stopping) {
                if (System.currentTimeMillis() >= nextRefresh) {
                    // Topics appear when the first service publishes to them: look again every few seconds.
                    assign(consumer, assigned, runStart);
                    nextRefresh = System.currentTimeMillis() + 5_000;
                }
                if (assigned.isEmpty()) {
                    sleep(200);
                    continue;
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.timestamp() < runStart) {
                        continue;
                    }
                    Header type = record.headers().lastHeader("ce_type");
                    if (type == null) {
                        continue;
                    }
                    EventBody body;
                    try {
                        body = JSON.readValue(record.value(), EventBody.class);
                    } catch (JacksonException e) {
                        body = new EventBody(record.key(), null, null);
                    }
                    tally.event(new String(type.value(), StandardCharsets.UTF_8),
                            body.orderId() != null ? body.orderId() : record.key(), body.fulfillmentId(), body.units(),
                            record.timestamp());
                    lastEventAt.set(System.currentTimeMillis());
                }
            }
        } catch (RuntimeException e) {
            if (!stopping) {
                errorSamples.putIfAbsent("Kafka consumer " + e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
            }
        }
    }

    private static void assign(KafkaConsumer<String, byte[]> consumer, Set<TopicPartition> assigned, long runStart) {
        var fresh = new ArrayList<TopicPartition>();
        Map<String, List<PartitionInfo>> topics = consumer.listTopics(Duration.ofSeconds(5));
        for (String topic : TOPICS) {
            for (PartitionInfo p : topics.getOrDefault(topic, List.of())) {
                var tp = new TopicPartition(p.topic(), p.partition());
                if (!assigned.contains(tp)) {
                    fresh.add(tp);
                }
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        assigned.addAll(fresh);
        consumer.assign(assigned);
        var query = new HashMap<TopicPartition, Long>();
        fresh.forEach(tp -> query.put(tp, runStart));
        Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(query, Duration.ofSeconds(5));
        var atEnd = new ArrayList<TopicPartition>();
        for (TopicPartition tp : fresh) {
            OffsetAndTimestamp offset = offsets.get(tp);
            if (offset == null) {
                atEnd.add(tp);
            } else {
                consumer.seek(tp, offset.offset());
            }
        }
        if (!atEnd.isEmpty()) {
            consumer.seekToEnd(atEnd);
        }
    }

    // ------------------------------------------------------------------ output

    private final class Printer {
        private final long runStart;
        private long lastAccepted;
        private long lastPrinted;

        Printer(long runStart) {
            this.runStart = runStart;
        }

        void tick() {
            long now = System.currentTimeMillis();
            long acceptedNow = accepted.get();
            long perSecond = acceptedNow - lastAccepted;
            lastAccepted = acceptedNow;
            String line = "[%4ds] orders %d (%d/s) | accepted %d | routed %d | split %d | shipped %d | picked up %d | captured %d | refunded %d | unroutable %d | rejected %d | mails %d | http errors %d"
                    .formatted((now - runStart) / 1000, acceptedNow, perSecond, tally.count(EventType.ORDER_ACCEPTED),
                            tally.count(EventType.FULFILLMENT_ASSIGNED), tally.splitOrders(),
                            tally.count(EventType.FULFILLMENT_SHIPPED), tally.count(EventType.FULFILLMENT_PICKED_UP),
                            tally.count(EventType.PAYMENT_CAPTURED), tally.count(EventType.REFUND_ISSUED),
                            tally.count(EventType.FULFILLMENT_UNROUTABLE), tally.count(EventType.FULFILLMENT_REJECTED),
                            tally.count(EventType.NOTIFICATION_SENT), orderErrors.get() + locationErrors.get());
            if (live) {
                out.print("\r" + line + "   ");
                out.flush();
            } else if (now - lastPrinted >= 5_000) {
                out.println(line);
                lastPrinted = now;
            }
        }
    }

    private void report(String run, double streamSeconds, double postSeconds) {
        long ok = accepted.get();
        out.printf("%n%s: %d orders sent in %.1f s, %d answered 201, %d failed: %.2f orders/s sustained%n", run,
                sent.get(), streamSeconds, ok, orderErrors.get(), ok / Math.max(postSeconds, 0.001));
        long[] latencies = tally.latencies();
        if (latencies.length > 0) {
            out.printf("POST -> all fulfilment orders assigned: p50 %d ms, p99 %d ms, max %d ms over %d orders"
                            + " (%d not fully assigned: unroutable, short of stock or still open)%n",
                    EventTally.percentile(latencies, 50), EventTally.percentile(latencies, 99),
                    latencies[latencies.length - 1], latencies.length, tally.incomplete());
        } else {
            out.printf("POST -> all fulfilment orders assigned: no order was fully assigned (%d not)%n", tally.incomplete());
        }
        var events = new LinkedHashMap<String, Long>();
        for (EventType type : EventType.values()) {
            long n = tally.count(type);
            if (n > 0) {
                events.put(type.type().replaceFirst("^omnidom\\.[a-z]+\\.", "").replaceFirst("\\.v\\d+$", ""), n);
            }
        }
        out.println("Events of this run: " + (events.isEmpty() ? "none" : events.toString().replaceAll("[{}]", ""))
                + "; split orders " + tally.splitOrders());
        out.println("Locations played: " + seenFulfillments.size() + " fulfilment orders"
                + (played.isEmpty() ? "" : " (" + played.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + e.getValue().get()).reduce((a, b) -> a + ", " + b).orElse("") + ")")
                + (pendingFulfillments.get() > 0 ? ", " + pendingFulfillments.get() + " still in progress" : ""));
        out.println("HTTP errors: " + orderErrors.get() + " on orders, " + locationErrors.get() + " on fulfilments");
        errorSamples.entrySet().stream().limit(8).forEach(e -> out.println("  " + e.getKey() + ": " + e.getValue()));
    }

    // ------------------------------------------------------------------ helpers

    private boolean healthy(URI base) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/actuator/health"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static double decimal(Options options, String name, double defaultValue) {
        String value = options.text(name, null);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, got '" + value + "'", USAGE);
        }
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    private static void sleep(long millis) {
        sleep(millis, 0);
    }

    private static void sleep(long millis, int nanos) {
        try {
            Thread.sleep(millis, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
