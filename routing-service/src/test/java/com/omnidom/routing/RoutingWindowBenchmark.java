package com.omnidom.routing;

import com.omnidom.events.Topics;
import com.omnidom.kernel.GeoPoint;
import com.omnidom.routing.decision.application.DrainRoutingQueue;
import com.omnidom.routing.decision.application.RouteOrder;
import com.omnidom.routing.decision.domain.RoutedOrder;
import com.omnidom.routing.fulfillment.domain.FulfillmentMode;
import com.omnidom.routing.fulfillment.domain.LineQuantity;
import com.omnidom.routing.replica.application.ReplicaLocation;
import com.omnidom.routing.replica.application.Replicas;
import com.omnidom.testsupport.TestDatabases;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Routing throughput of the priority window: the whole service (engine, PostgreSQL with fsync on, outbox) routes a
 * queue of accepted orders over seeded locations and stock; printed as orders per second and mean time per order.
 * The window and the fallback check are switched off (an hour long) and the drain called directly, so only routing is timed. Not a test:
 * {@code ./mvnw -q -pl routing-service test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.omnidom.routing.RoutingWindowBenchmark [-Dexec.args="orders locations skus"]}
 */
public final class RoutingWindowBenchmark {

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int locations = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int skus = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        var broker = new EmbeddedKafkaKraftBroker(1, 3, Topics.FULFILLMENT_EVENTS.name(), Topics.ORDER_EVENTS.name(),
                Topics.INVENTORY_EVENTS.name(), Topics.CATALOG_LOCATIONS.name(), Topics.INVENTORY_AVAILABILITY.name());
        broker.afterPropertiesSet();
        var db = TestDatabases.create("routingbench");
        ConfigurableApplicationContext app = null;
        try {
            app = new SpringApplicationBuilder(RoutingServiceApplication.class).run("--server.port=0",
                    "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
                    "--spring.datasource.password=" + (db.password() == null ? "" : db.password()),
                    "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(), "--logging.level.root=WARN",
                    "--omnidom.routing.priority-window=1h", "--omnidom.routing.queue-check=1h");
            Replicas replicas = app.getBean(Replicas.class);
            RouteOrder routeOrder = app.getBean(RouteOrder.class);
            DrainRoutingQueue drain = app.getBean(DrainRoutingQueue.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            Random random = new Random(42);
            for (int l = 0; l < locations; l++) {
                replicas.noteLocationChanged(new ReplicaLocation("L" + l, 1, l % 5 == 0 ? "WAREHOUSE" : "STORE",
                        47.5 + random.nextDouble() * 7, 6 + random.nextDouble() * 9, "Europe/Berlin", List.of("SHIP"),
                        l % 5 == 0 ? null : 200, null, true, "EUR", (long) (100 + random.nextInt(900)), (long) (5 + random.nextInt(50)),
                        List.of()));
                for (int s = 0; s < skus; s++) {
                    if (l % 5 == 0 || random.nextDouble() < 0.3) {
                        replicas.noteAvailabilityChanged("S" + s, "L" + l, 1 + random.nextInt(l % 5 == 0 ? 500 : 20), 1);
                    }
                }
            }
            System.out.printf("%d locations, %d SKUs, %d availability rows%n", locations, skus,
                    jdbc.queryForObject("SELECT count(*) FROM availability_replica", Long.class));

            run("warm-up", Math.max(100, orders / 5), skus, random, routeOrder, drain, jdbc);
            run("measured", orders, skus, random, routeOrder, drain, jdbc);
        } finally {
            if (app != null) app.close();
            db.drop();
            broker.destroy();
        }
    }

    private static void run(String phase, int orders, int skus, Random random, RouteOrder routeOrder, DrainRoutingQueue drain,
                            JdbcTemplate jdbc) throws Exception {
        List<RoutedOrder> accepted = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            int lines = random.nextDouble() < 0.55 ? 1 : random.nextDouble() < 0.6 ? 2 : 3 + random.nextInt(3);
            List<LineQuantity> orderLines = new ArrayList<>();
            for (int n = 0; n < lines; n++) {
                // a few articles sell most (roughly Zipf)
                int sku = (int) Math.min(skus - 1, Math.floor(Math.pow(random.nextDouble(), 3) * skus));
                orderLines.add(new LineQuantity(String.valueOf(n + 1), "S" + sku, 1 + random.nextInt(2)));
            }
            accepted.add(new RoutedOrder(UUID.randomUUID(), FulfillmentMode.SHIP,
                    new GeoPoint(47.5 + random.nextDouble() * 7, 6 + random.nextDouble() * 9), null, random.nextDouble() < 0.1,
                    "WEB_SHOP", "DE", orderLines, Map.of(), null));
        }
        for (RoutedOrder order : accepted) routeOrder.accept(order, Instant.now());
        long start = System.nanoTime();
        int routed = 0;
        while (true) {
            int n = drain.drain();
            if (n <= 0) break;
            routed += n;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long fulfilments = jdbc.queryForObject("SELECT count(*) FROM fulfillment_order", Long.class);
        long deferred = jdbc.queryForObject("SELECT count(DISTINCT order_id) FROM deferred_line", Long.class);
        System.out.printf("%s: %d orders routed in %.2f s = %.0f orders/s, %.2f ms per order (so far %d fulfilments, "
                + "%d orders with deferred lines)%n", phase, routed, seconds, routed / seconds, seconds * 1000 / routed,
                fulfilments, deferred);
    }
}
