package com.omnidom.order;

import com.omnidom.events.Topics;
import com.omnidom.platform.security.Caller;
import com.omnidom.platform.security.Roles;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.TestCaller;
import com.omnidom.testsupport.TestDatabases;
import com.omnidom.testsupport.TestIssuer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.MethodParameter;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * Intake throughput and latency of {@code POST /api/v1/orders} with the risk check on (default rule set, a few list
 * entries), the whole service running (Tomcat, JPA, Flyway, outbox relay to an in-JVM KRaft broker) on the machine's
 * PostgreSQL (fsync on), with and without authentication in the same run. Two instances of the service run side by
 * side, each on its own database: "with authentication" as shipped (each request's JWT verified against the issuer's
 * JWKS: RS256 signature, issuer, audience, expiry; role rule; {@code Caller} from the token; the audit row of every
 * POST; the per-client rate limiter), "without" with the security auto-configurations left out and the controllers
 * handed the same channel caller as pre-verified. Rounds alternate between the two so both see the same machine.
 * Each client thread is its own OAuth client (its own rate limit) with one token signed before the run, sent to both
 * instances (ignored by the one without). Each order has its own customer, address and card, so velocity rules count
 * but do not hold; every request carries an Idempotency-Key. Not a test:
 * {@code ./mvnw -q -pl order-service test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.omnidom.order.OrderIntakeBenchmark [-Dexec.args="orders clients [risk-off]"]}
 * ({@code orders} per variant, measured in two rounds each after a warm-up).
 */
public final class OrderIntakeBenchmark {

    private static final List<String> SECURITY_AUTO_CONFIGURATIONS = List.of(
            "com.omnidom.platform.security.SecurityPlatformAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration");

    /**
     * The caller a channel client's token would name, handed to the controllers without any token (no security). Not a
     * {@code @Configuration}: component scanning of the tests must not find it; the benchmark names it as a source.
     */
    static class PreVerifiedCaller {
        static final Caller SHOP = new Caller("bench-shop", "bench-shop", Set.of(Roles.CHANNEL), "WEB_SHOP", null, null);

        @Bean
        WebMvcConfigurer preVerifiedCallerResolver() {
            return new WebMvcConfigurer() {
                @Override
                public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                    resolvers.add(new HandlerMethodArgumentResolver() {
                        @Override
                        public boolean supportsParameter(MethodParameter parameter) {
                            return parameter.getParameterType() == Caller.class;
                        }

                        @Override
                        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                                      NativeWebRequest request, WebDataBinderFactory binders) {
                            return SHOP;
                        }
                    });
                }
            };
        }
    }

    private record Variant(String name, int port, List<Http> clients, List<Long> latencies, double[] seconds) {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 6_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        // a third argument "risk-off" measures the same without the risk check, to see what it costs
        boolean risk = args.length <= 2 || !args[2].equals("risk-off");
        var broker = new EmbeddedKafkaKraftBroker(1, 3, Topics.ORDER_EVENTS.name());
        broker.afterPropertiesSet();
        var securedDb = TestDatabases.create("intakebench");
        var openDb = TestDatabases.create("intakebenchnoauth");
        ConfigurableApplicationContext secured = null;
        ConfigurableApplicationContext open = null;
        try {
            secured = start(securedDb, broker, risk, true);
            open = start(openDb, broker, risk, false);
            // orders are checked against the catalog: the sample order's articles into both instances' replicas
            try (var wire = new com.omnidom.testsupport.Wire(broker.getBrokersAsString())) {
                for (var app : List.of(secured, open)) {
                    TestCatalog.seed(wire, app.getBean(org.springframework.jdbc.core.JdbcTemplate.class));
                }
            }
            System.out.println("risk check " + (risk ? "on" : "off") + "; " + clients + " clients; " + total
                    + " orders per variant in 2 alternating rounds");
            // one token per client thread, signed now: the measured time holds the verification, not the signing
            List<String> tokens = IntStream.range(0, clients).mapToObj(c -> TestCaller.of("bench-shop-" + c, Roles.CHANNEL)
                    .withChannel("WEB_SHOP").token()).toList();
            Variant with = variant("with authentication", port(secured), tokens);
            Variant without = variant("without authentication", port(open), tokens);
            for (Variant v : List.of(with, without)) {
                Http admin = new Http(v.port()); // the test super-user
                for (String[] entry : new String[][]{{"EMAIL", "fraud@example.com", null}, {"IP", "198.51.100.66", null},
                        {"CUSTOMER_ID", "C-BAD", "WEB_SHOP"}}) {
                    var body = new java.util.HashMap<String, Object>(Map.of("list", "BLACK", "kind", entry[0], "value", entry[1]));
                    if (entry[2] != null) body.put("channel", entry[2]);
                    int status = admin.post("/api/v1/risk/lists", body).status();
                    if (status != 201) throw new IllegalStateException(v.name() + ": list entry answered " + status);
                }
                run(v, "warm-up", Math.min(1_000, total / 4), false);
            }
            for (int round = 1; round <= 2; round++) {
                run(with, "round " + round, total / 2, true);
                run(without, "round " + round, total / 2, true);
            }
            double withRate = report(with);
            double withoutRate = report(without);
            System.out.printf("authentication costs %.1f %% of intake throughput (%.0f vs %.0f orders/s)%n",
                    100 * (1 - withRate / withoutRate), withRate, withoutRate);
        } finally {
            if (secured != null) secured.close();
            if (open != null) open.close();
            securedDb.drop();
            openDb.drop();
            broker.destroy();
        }
    }

    private static ConfigurableApplicationContext start(TestDatabases.TestDatabase db, EmbeddedKafkaKraftBroker broker,
                                                        boolean risk, boolean secured) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + (db.password() == null ? "" : db.password()),
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--spring.datasource.hikari.maximum-pool-size=20", "--logging.level.root=WARN",
                "--omnidom.order.risk.enabled=" + risk));
        var builder = new SpringApplicationBuilder(OrderServiceApplication.class);
        if (secured) {
            // command-line arguments: they win over application.yml
            arguments.add("--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIssuer.ISSUER);
            arguments.add("--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestIssuer.get().jwkSetUri());
        } else {
            arguments.add("--spring.autoconfigure.exclude=" + String.join(",", SECURITY_AUTO_CONFIGURATIONS));
            builder.sources(PreVerifiedCaller.class);
        }
        return builder.run(arguments.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private static Variant variant(String name, int port, List<String> tokens) {
        return new Variant(name, port, tokens.stream().map(t -> new Http(port, () -> t)).toList(),
                java.util.Collections.synchronizedList(new ArrayList<>()), new double[1]);
    }

    private static void run(Variant v, String phase, int total, boolean measured) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        String runId = phase.replace(' ', '-') + "-" + System.nanoTime();
        long[] latencies = new long[total];
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(v.clients().size())) {
            List<Future<?>> done = new ArrayList<>();
            for (Http http : v.clients()) {
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
        System.out.printf("%s, %s: %d orders, %.2f s = %.0f orders/s (%d not 201)%n", v.name(), phase, total, seconds,
                total / seconds, failed.get());
        if (failed.get() > 0) throw new IllegalStateException(v.name() + ": " + failed.get() + " orders not accepted");
        if (measured) {
            v.seconds()[0] += seconds;
            LongStream.of(latencies).forEach(v.latencies()::add);
        }
    }

    private static double report(Variant v) {
        long[] sorted = v.latencies().stream().mapToLong(Long::longValue).sorted().toArray();
        double rate = sorted.length / v.seconds()[0];
        System.out.printf("%s: %d orders in %.2f s = %.0f orders/s; p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                v.name(), sorted.length, v.seconds()[0], rate, at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
        return rate;
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
