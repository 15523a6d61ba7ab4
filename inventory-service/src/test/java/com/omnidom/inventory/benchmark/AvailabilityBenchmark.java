package com.omnidom.inventory.benchmark;

import com.omnidom.events.catalog.LocationChanged;
import com.omnidom.inventory.InventoryServiceApplication;
import com.omnidom.inventory.Locations;
import com.omnidom.inventory.availability.application.AvailabilityPublisher;
import com.omnidom.inventory.location.application.ReplicateLocations;
import com.omnidom.inventory.location.messaging.LocationTranslation;
import com.omnidom.platform.security.Roles;
import com.omnidom.testsupport.TestCaller;
import com.omnidom.testsupport.TestDatabases;
import com.omnidom.testsupport.TestIssuer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The whole service on the machine's PostgreSQL (fsync on) and an in-JVM KRaft broker: snapshot import rate (a
 * 1,000,000-row snapshot of one location, created and then updated), a catalog of 50,000 SKUs × 66 locations loaded
 * through 66 snapshot imports, then ATP API throughput and latency (per-store GETs and 3-line cart POSTs near random
 * points, from concurrent HTTP clients in the same JVM), and the coalescing publisher's drain rate. Not a test:
 * {@code ./mvnw -q -pl inventory-service test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.omnidom.inventory.benchmark.AvailabilityBenchmark [-Dexec.args="skus locations bigRows seconds clients"]}
 */
public final class AvailabilityBenchmark {

    public static void main(String[] args) throws Exception {
        int skus = arg(args, 0, 50_000);
        int locations = arg(args, 1, 66);
        int bigRows = arg(args, 2, 1_000_000);
        int seconds = arg(args, 3, 30);
        int clients = arg(args, 4, 16);

        var broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.afterPropertiesSet();
        var db = TestDatabases.create("invbench");
        // command-line arguments: they win over application.yml
        ConfigurableApplicationContext context = new SpringApplicationBuilder(InventoryServiceApplication.class).run(
                "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(), "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--server.port=0",
                // tokens from the tests' issuer: each load client is its own shop client, as per-client limits count
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIssuer.ISSUER,
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestIssuer.get().jwkSetUri(),
                "--logging.level.org.apache.kafka=WARN", "--logging.level.kafka=WARN",
                "--logging.level.state.change.logger=WARN", "--logging.level.root=WARN",
                // the publisher is measured on its own at the end, not while the ATP API is measured
                "--omnidom.inventory.availability.publish-interval=1h", "--omnidom.inventory.availability.publish-check=1h",
                "--omnidom.inventory.availability.cache-size=" + 2 * skus,
                // entries leave the cache when their article changes; the TTL is only the upper bound
                "--omnidom.inventory.availability.cache-ttl=10m");
        try {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            String base = "http://127.0.0.1:" + port;
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Random random = new Random(42);

            // locations: 6 warehouses and 60 stores spread over Germany
            ReplicateLocations replica = context.getBean(ReplicateLocations.class);
            double[][] points = new double[locations][];
            for (int l = 0; l < locations; l++) {
                points[l] = new double[]{47.5 + random.nextDouble() * 7, 6.0 + random.nextDouble() * 9};
                LocationChanged location = l < 6
                        ? Locations.aWarehouse(loc(l), String.format("%05d", 10000 + l), points[l][0], points[l][1], 1)
                        : Locations.aStore(loc(l), String.format("%05d", 10000 + l), points[l][0], points[l][1], 1);
                replica.noteLocationChanged(LocationTranslation.of(location));
            }

            // 1. the 1M-row snapshot of one location: created, then every row changed
            long t0;
            if (bigRows > 0) {
            byte[] big = snapshot("BIG-WH", "BIG-", bigRows, 0);
            t0 = System.nanoTime();
            String report = post(http, base + "/api/v1/stock/imports?mode=SNAPSHOT&locationId=BIG-WH&asOf=" + Instant.now(), big);
            double created = (System.nanoTime() - t0) / 1e9;
            check(report, bigRows);
            big = snapshot("BIG-WH", "BIG-", bigRows, 1);
            Instant asOf = Instant.now();
            t0 = System.nanoTime();
            report = post(http, base + "/api/v1/stock/imports?mode=SNAPSHOT&locationId=BIG-WH&asOf=" + asOf, big);
            double updated = (System.nanoTime() - t0) / 1e9;
            check(report, bigRows);
            long replayStart = System.nanoTime();
            String replay = post(http, base + "/api/v1/stock/imports?mode=SNAPSHOT&locationId=BIG-WH&asOf=" + asOf, big);
            double replayed = (System.nanoTime() - replayStart) / 1e9;
            System.out.printf("snapshot import, %,d rows (%.1f MB NDJSON) of one location: new rows %.2f s = %,.0f rows/s; "
                            + "every row changed %.2f s = %,.0f rows/s; same file again (no-op, replayed=%s) %.2f s%n",
                    bigRows, big.length / 1e6, created, bigRows / created, updated, bigRows / updated,
                    replay.contains("\"replayed\":true"), replayed);
            jdbc.update("DELETE FROM availability_pending WHERE location_id = 'BIG-WH'");
            }

            // 2. the catalog: one snapshot per location
            t0 = System.nanoTime();
            for (int l = 0; l < locations; l++) {
                byte[] file = snapshot(loc(l), "SKU-", skus, l);
                check(post(http, base + "/api/v1/stock/imports?mode=SNAPSHOT&locationId=" + loc(l) + "&asOf=" + Instant.now(), file), skus);
            }
            double catalog = (System.nanoTime() - t0) / 1e9;
            long rows = jdbc.queryForObject("SELECT count(*) FROM stock WHERE sku LIKE 'SKU-%'", Long.class);
            System.out.printf("catalog: %,d SKUs x %d locations = %,d rows through %d snapshot imports in %.1f s = %,.0f rows/s%n",
                    skus, locations, rows, locations, catalog, rows / catalog);
            jdbc.execute("VACUUM ANALYZE stock");

            // 3. the ATP API
            runLoad(http, base, skus, points, clients, 10, random, false);
            Result result = runLoad(http, base, skus, points, clients, seconds, random, true);
            System.out.printf("ATP API, cold cache (uniform over all SKUs), %d clients, %d s, %,d SKUs x %d locations: %,.0f requests/s (%,d per-store GETs: p50 %.2f ms, "
                            + "p99 %.2f ms; %,d cart POSTs of 3 lines near a point, 50 km: p50 %.2f ms, p99 %.2f ms), errors %d%n",
                    clients, seconds, skus, locations, result.total() / (double) seconds, result.gets().length,
                    pct(result.gets(), 50), pct(result.gets(), 99), result.carts().length, pct(result.carts(), 50),
                    pct(result.carts(), 99), result.errors());

            // 3b. the same with every article cached (warmed in bulk), as for the popular articles of a shop
            var queries = context.getBean(com.omnidom.inventory.availability.application.AvailabilityQueries.class);
            t0 = System.nanoTime();
            queries.warm(java.util.stream.IntStream.range(0, skus).mapToObj(AvailabilityBenchmark::sku).toList());
            System.out.printf("cache warmed with %,d articles in %.1f s%n", queries.cachedArticles(), (System.nanoTime() - t0) / 1e9);
            for (int n : new int[]{clients, 4}) {
                result = runLoad(http, base, skus, points, n, seconds, random, true);
                System.out.printf("ATP API, warm cache, %d clients, %d s: %,.0f requests/s (per-store GETs: p50 %.2f ms, p99 %.2f ms; "
                                + "cart POSTs: p50 %.2f ms, p99 %.2f ms), errors %d%n",
                        n, seconds, result.total() / (double) seconds, pct(result.gets(), 50), pct(result.gets(), 99),
                        pct(result.carts(), 50), pct(result.carts(), 99), result.errors());
            }

            // 4. the coalescing publisher: pending keys → AvailabilityChanged in the outbox
            AvailabilityPublisher publisher = context.getBean(AvailabilityPublisher.class);
            long pending = jdbc.queryForObject("SELECT count(*) FROM availability_pending", Long.class);
            t0 = System.nanoTime();
            long published = 0;
            while (System.nanoTime() - t0 < 20e9) {
                int n = publisher.publishBatch();
                if (n == 0) break;
                published += n;
            }
            double drain = (System.nanoTime() - t0) / 1e9;
            System.out.printf("coalescing publisher: %,d of %,d pending keys turned into AvailabilityChanged rows in %.1f s = %,.0f keys/s%n",
                    published, pending, drain, published / drain);
        } finally {
            context.close();
            db.drop();
            broker.destroy();
        }
        System.exit(0);
    }

    record Result(long total, long[] gets, long[] carts, long errors) {
    }

    private static Result runLoad(HttpClient http, String base, int skus, double[][] points, int clients, int seconds,
                                  Random seed, boolean measure) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Future<long[][]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long clientSeed = seed.nextLong();
            String token = "Bearer " + TestCaller.of("bench-shop-" + c, Roles.CHANNEL).withChannel("WEB_SHOP").token();
            futures.add(pool.submit(() -> {
                Random random = new Random(clientSeed);
                long[] gets = new long[1 << 20];
                long[] carts = new long[1 << 20];
                int g = 0;
                int k = 0;
                long errors = 0;
                while (running.get()) {
                    boolean cart = random.nextBoolean();
                    HttpRequest request;
                    if (cart) {
                        double[] p = points[6 + random.nextInt(points.length - 6)];
                        String body = String.format("{\"latitude\":%.4f,\"longitude\":%.4f,\"radiusKm\":50,\"channel\":\"WEB_SHOP\","
                                        + "\"lines\":[{\"sku\":\"%s\",\"quantity\":1},{\"sku\":\"%s\",\"quantity\":2},{\"sku\":\"%s\",\"quantity\":1}]}",
                                p[0], p[1], sku(random.nextInt(skus)), sku(random.nextInt(skus)), sku(random.nextInt(skus)));
                        request = HttpRequest.newBuilder(URI.create(base + "/api/v1/availability/carts"))
                                .header("Content-Type", "application/json").header("Authorization", token).POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    } else {
                        request = HttpRequest.newBuilder(URI.create(base + "/api/v1/availability/" + loc(random.nextInt(points.length))
                                + "/" + sku(random.nextInt(skus)) + "?channel=WEB_SHOP")).header("Authorization", token).GET().build();
                    }
                    long start = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    long took = System.nanoTime() - start;
                    if (response.statusCode() != 200) errors++;
                    if (cart && k < carts.length) carts[k++] = took;
                    if (!cart && g < gets.length) gets[g++] = took;
                }
                return new long[][]{Arrays.copyOf(gets, g), Arrays.copyOf(carts, k), {errors}};
            }));
        }
        Thread.sleep(Duration.ofSeconds(seconds));
        running.set(false);
        List<long[]> gets = new ArrayList<>();
        List<long[]> carts = new ArrayList<>();
        long errors = 0;
        for (Future<long[][]> f : futures) {
            long[][] r = f.get();
            gets.add(r[0]);
            carts.add(r[1]);
            errors += r[2][0];
        }
        pool.shutdown();
        long[] allGets = gets.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        long[] allCarts = carts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(allGets.length + allCarts.length, allGets, allCarts, errors);
    }

    private static byte[] snapshot(String location, String prefix, int rows, int salt) {
        StringBuilder out = new StringBuilder(rows * 64);
        for (int i = 0; i < rows; i++) {
            out.append("{\"locationId\":\"").append(location).append("\",\"sku\":\"").append(prefix).append(i)
                    .append("\",\"onHand\":").append((i * 31 + salt * 7) % 97 + 1 + salt).append("}\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String post(HttpClient http, String uri, byte[] body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/x-ndjson")
                .header("Authorization", "Bearer " + TestCaller.SUPERUSER.token())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) throw new IllegalStateException(response.statusCode() + " " + response.body());
        return response.body();
    }

    private static void check(String report, int rows) {
        if (!report.contains("\"accepted\":" + rows)) throw new IllegalStateException("import did not accept every row: " + report);
    }

    private static double pct(long[] sorted, int percentile) {
        if (sorted.length == 0) return Double.NaN;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percentile / 100.0) - 1)] / 1e6;
    }

    private static String loc(int l) {
        return l < 6 ? "WH-" + l : "ST-" + l;
    }

    private static String sku(int i) {
        return "SKU-" + i;
    }

    private static int arg(String[] args, int i, int fallback) {
        return args.length > i ? Integer.parseInt(args[i]) : fallback;
    }
}
