package com.omnidom.order;

import com.omnidom.events.Topics;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.TestDatabases;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Intake throughput and latency of {@code POST /api/v1/orders} with the risk check on (default rule set, a few list
 * entries), the whole service running (Tomcat, JPA, Flyway, outbox relay to an in-JVM KRaft broker) on the machine's
 * PostgreSQL (fsync on). Each order has its own customer, address and card, so velocity rules count but do not hold;
 * every request carries an Idempotency-Key. Not a test:
 * {@code ./mvnw -q -pl order-service test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.omnidom.order.OrderIntakeBenchmark [-Dexec.args="orders clients [risk-off]"]}
 */
public final class OrderIntakeBenchmark {

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 6_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        // a third argument "risk-off" measures the same without the risk check, to see what it costs
        boolean risk = args.length <= 2 || !args[2].equals("risk-off");
        var broker = new EmbeddedKafkaKraftBroker(1, 3, Topics.ORDER_EVENTS.name());
        broker.afterPropertiesSet();
        var db = TestDatabases.create("intakebench");
        ConfigurableApplicationContext app = null;
        try {
            // command-line arguments: they win over application.yml
            app = new SpringApplicationBuilder(OrderServiceApplication.class).run("--server.port=0",
                    "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
                    "--spring.datasource.password=" + (db.password() == null ? "" : db.password()),
                    "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                    "--spring.datasource.hikari.maximum-pool-size=20", "--logging.level.root=WARN",
                    "--omnidom.order.risk.enabled=" + risk);
            System.out.println("risk check " + (risk ? "on" : "off"));
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            Http http = new Http(port);
            for (String[] entry : new String[][]{{"EMAIL", "fraud@example.com"}, {"IP", "198.51.100.66"}, {"CUSTOMER_ID", "C-BAD"}}) {
                http.post("/api/v1/risk/lists", Map.of("list", "BLACK", "kind", entry[0], "value", entry[1], "createdBy", "bench"));
            }

            run(http, "warm-up", Math.min(1_000, total / 4), clients);
            long[] latencies = run(http, "measured", total, clients);
            Arrays.sort(latencies);
            System.out.printf("percentiles: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    at(latencies, 0.50), at(latencies, 0.90), at(latencies, 0.99), latencies[latencies.length - 1] / 1e6);
        } finally {
            if (app != null) app.close();
            db.drop();
            broker.destroy();
        }
    }

    private static long[] run(Http http, String phase, int total, int clients) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        String runId = phase + "-" + System.nanoTime();
        long[] latencies = new long[total];
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit((Callable<Void>) () -> {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        ObjectNode order = SampleOrders.aWebOrder("BENCH-" + runId + "-" + i);
                        ((ObjectNode) order.get("tenders").get(0)).put("fingerprint", "fp-" + runId + "-" + i);
                        order.put("clientIp", "203.0." + (i % 250) + "." + (i / 250 % 250));
                        long t0 = System.nanoTime();
                        Http.Response answer = http.post("/api/v1/orders", order, Map.of("Idempotency-Key", runId + "-" + i));
                        latencies[i] = System.nanoTime() - t0;
                        if (answer.status() != 201) failed.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %d orders, %d clients, %.2f s = %.0f orders/s (%d not 201)%n", phase, total, clients, seconds,
                total / seconds, failed.get());
        return latencies;
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
