package com.omnidom.devstack.traffic;

import com.omnidom.devstack.Options;
import com.omnidom.devstack.Options.UsageException;
import com.omnidom.devstack.auth.DemoCredentials;
import com.omnidom.devstack.auth.TokenClient;
import com.omnidom.devstack.demo.Assortment;
import com.omnidom.devstack.demo.CatalogDocuments.Location;
import com.omnidom.routing.lab.cities.Cities;
import com.omnidom.routing.lab.cities.City;
import com.omnidom.devstack.demo.DemoRetailer;
import com.omnidom.devstack.demo.StockPlan;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Demo traffic against a running stack, bounded in time and count: streams web-shop orders to order-service
 * ({@link OrderGenerator}, {@link OrderPoster}), plays the locations through routing-service's fulfilment API
 * ({@link LocationPlayer}), tallies the events on Kafka ({@link EventStream}) into a live one-line summary and ends
 * with the POST → all-assigned latency and the sustained order rate ({@link TrafficReport}).
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
              --auth-url <url>     the authorization server the e-shop, stores and partners get their tokens from,
                                   default http://127.0.0.1:9000
              --kafka <host:port>  default 127.0.0.1:9092
              --live <yes|no>      rewrite one summary line every second (yes, for a terminal) or print a line
                                   every 5 s (no, for logs); default yes
              --reject-share <x>   share of store fulfilment orders rejected as not found, default 0.03
              --order-seed <n>     seeds the orders only (customers, articles), default the --seed
              --max-in-flight <n>  orders posted and not yet answered at most, default 64
            Exit status: 0 orders were accepted, 1 none was, 2 order-service or routing-service unreachable.""";

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The options of a run, also those the bench passes on. */
    static final Set<String> OPTIONS = Set.of("rate", "duration", "max-orders", "drain", "seed", "stores", "articles",
            "order-url", "routing-url", "kafka", "live", "reject-share", "auth-url", "order-seed", "max-in-flight");

    private final URI orderUrl;
    private final URI routingUrl;
    private final String kafka;
    private final double rate;
    private final Duration duration;
    private final long maxOrders;
    private final Duration drain;
    private final boolean live;
    private final OrderGenerator generator;
    private final PrintStream out = System.out;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final EventTally tally = new EventTally();
    private final ErrorSamples errorSamples = new ErrorSamples();
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
    private final int maxInFlight;
    private final Semaphore inFlight;
    private final OrderPoster orders;
    private final LocationPlayer locations;
    private final EventStream events;
    private final TokenClient tokens;

    /** What a run came to. */
    record Outcome(long sent, long accepted, long errors, double streamSeconds, double postSeconds,
                   double settledSeconds) {
    }

    private DemoTraffic(Options options) {
        this(options, null);
    }

    /** {@code hops}: also tallies each order's path for the bench (null: not). */
    DemoTraffic(Options options, HopTally hops) {
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
                StockPlan.plan(retailer, assortment, seed), options.number("order-seed", seed));
        this.maxInFlight = options.integer("max-in-flight", 64);
        if (maxInFlight <= 0) throw new UsageException("--max-in-flight must be positive", USAGE);
        this.inFlight = new Semaphore(maxInFlight);
        var policy = new LocationPolicy(seed, decimal(options, "reject-share", LocationPolicy.STORE_REJECT_SHARE));
        this.tokens = new TokenClient(URI.create(options.text("auth-url", "http://127.0.0.1:9000")));
        this.orders = new OrderPoster(http, orderUrl, tally, errorSamples, tokens,
                hops == null ? OrderPoster.Answers.NONE : hops);
        this.locations = new LocationPlayer(http, routingUrl, policy, timer, workers, errorSamples, tokens,
                retailer.locations().stream().collect(Collectors.toMap(Location::id, DemoCredentials::locationClient)));
        Consumer<EventStream.Seen> sink = e -> tally.event(e.type(), e.orderId(), e.fulfillmentId(), e.units(), e.at());
        this.events = new EventStream(kafka, hops == null ? sink : sink.andThen(hops), errorSamples);
    }

    public static void main(String[] args) {
        int status;
        try {
            var options = Options.parse(args, OPTIONS, USAGE);
            status = new DemoTraffic(options).run();
        } catch (UsageException e) {
            e.report();
            status = 2;
        }
        System.exit(status);
    }

    private int run() {
        Outcome outcome = play();
        return outcome != null && outcome.accepted() > 0 ? 0 : outcome == null ? 2 : 1;
    }

    /** Plays the run; null when order- or routing-service is not healthy. */
    Outcome play() {
        for (var service : Map.of("order-service", orderUrl, "routing-service", routingUrl).entrySet()) {
            if (!healthy(service.getValue())) {
                System.err.println(service.getKey() + " is not healthy at " + service.getValue()
                        + ". Is the stack running? ./omnidom up (status: ./omnidom status)");
                return null;
            }
        }
        if (!awaitCatalogCopy(Duration.ofMinutes(3))) {
            System.err.println("order-service has not read the catalog's articles and locations after 3 minutes: its intake"
                    + " would refuse the orders' lines and pickup stores (consumer lag on " + String.join(", ", CATALOG_TOPICS)
                    + ", /actuator/prometheus)");
            return null;
        }
        long runStart = System.currentTimeMillis();
        String run = "DEMO-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyMMdd-HHmmss"));
        out.printf("Demo traffic %s: %.1f orders/s for %d s (at most %d orders) to %s; locations played through %s;"
                        + " events from Kafka at %s%n", run, rate, duration.toSeconds(), maxOrders, orderUrl, routingUrl, kafka);

        Thread consumer = Thread.ofPlatform().name("events").daemon().start(() -> events.consume(runStart));
        timer.scheduleWithFixedDelay(locations::poll, 1, 1, TimeUnit.SECONDS);
        var report = new TrafficReport(out, live, runStart, tally, orders, locations, errorSamples);
        timer.scheduleAtFixedRate(report::tick, 1, 1, TimeUnit.SECONDS);

        long streamStart = System.nanoTime();
        long wallStart = System.currentTimeMillis();
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
            orders.submitted();
            long dueAt = wallStart + (due - streamStart) / 1_000_000;
            workers.submit(() -> {
                try {
                    orders.post(order, dueAt);
                } finally {
                    inFlight.release();
                }
            });
        }
        double streamSeconds = (System.nanoTime() - streamStart) / 1e9;
        inFlight.acquireUninterruptibly(maxInFlight);
        inFlight.release(maxInFlight);
        double postSeconds = (System.nanoTime() - streamStart) / 1e9;

        awaitSettled();
        locations.stop();
        events.stop();
        timer.shutdownNow();
        try {
            consumer.join(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        report.close();
        report.report(run, streamSeconds, postSeconds);
        workers.shutdownNow();
        return new Outcome(orders.sent(), orders.accepted(), orders.errors(), streamSeconds, postSeconds,
                (System.nanoTime() - streamStart) / 1e9);
    }

    /** Until every fulfilment order met is played out and the events have gone quiet, or the drain time is up. */
    private void awaitSettled() {
        long deadline = System.nanoTime() + drain.toNanos();
        while (System.nanoTime() < deadline) {
            long quietMillis = events.quietMillis();
            boolean played = locations.pending() == 0;
            if (played && ((tally.incomplete() == 0 && quietMillis > 3_000) || quietMillis > 10_000)) {
                return;
            }
            sleep(250);
        }
    }

    // ------------------------------------------------------------------ helpers

    /** The catalog topics order-service's intake checks orders against (articles; pickup stores). */
    private static final List<String> CATALOG_TOPICS = List.of("catalog.articles.v1", "catalog.locations.v1");

    /**
     * Until order-service has read every article and location of the catalog (right after a catalog import it may not
     * have): its intake checks each line and pickup store against that copy. Its consumer-lag gauges, read as the ops
     * client, say so.
     */
    private boolean awaitCatalogCopy(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        boolean told = false;
        while (true) {
            double lag = catalogLag();
            if (lag == 0) return true;
            if (System.nanoTime() > deadline) return false;
            if (!told) {
                out.println("Waiting for order-service to read the catalog's articles and locations (lag " + (Double.isNaN(lag) ? "unknown" : (long) lag) + ")");
                told = true;
            }
            sleep(2000);
        }
    }

    /** order-service's largest lag on the {@link #CATALOG_TOPICS}; NaN while one of them is unknown. */
    private double catalogLag() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(orderUrl.resolve("/actuator/prometheus"))
                    .header("Authorization", "Bearer " + tokens.demoToken(DemoCredentials.OPS_BOT))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) return Double.NaN;
            List<String> gauges = response.body().lines().filter(line -> line.startsWith("omnidom_consumer_lag_records{")).toList();
            double lag = 0;
            for (String topic : CATALOG_TOPICS) {
                double topicLag = gauges.stream().filter(line -> line.contains("topic=\"" + topic + "\""))
                        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                        .reduce(Double.NaN, (a, b) -> Double.isNaN(a) ? b : Math.max(a, b));
                if (Double.isNaN(topicLag)) return Double.NaN;
                lag = Math.max(lag, topicLag);
            }
            return lag;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

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

    static void sleep(long millis) {
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
