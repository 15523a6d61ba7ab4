package com.omnidom.systemtests;

import com.omnidom.devstack.auth.DemoCredentials;
import com.omnidom.devstack.auth.TokenClient;
import com.omnidom.testsupport.Http;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, "never stuck, never lost", proved under faults: seeded orders at a steady rate through the whole
 * lifecycle while, one after another, every service is killed with -9 and restarted, the broker and PostgreSQL are
 * restarted, a consumer is frozen past its session timeout, a consumer group grows to two instances and back, the
 * PSP answers too slowly and loses answers after capturing. Then a bounded drain and the {@link Checker}: every
 * invariant it breaks is one line of the failure. The table goes to target/fault-injection-report.md. Runs on its
 * own processes ({@link FaultCluster}), whatever -Domnidom.systemtests.cluster says: the faults need them.
 * Alone: see docs/fault-injection.md.
 */
// first of the module's classes (junit-platform.properties orders by @Order): the shared system the others start is
// not running yet, so the faults have the machine to themselves
@Order(1)
class FaultInjectionSystemIT {

    static final long SEED = Long.getLong("omnidom.faults.seed", 42);
    static final double ORDERS_PER_SECOND = 2.0;
    static final Duration WARM_UP = Duration.ofSeconds(10);
    static final Duration SPACING = Duration.ofSeconds(12);
    /** How long a killed process or a stopped broker or database stays down. */
    static final Duration DOWN = Duration.ofSeconds(5);
    static final Duration SLOW_PSP = Duration.ofSeconds(20);
    /** Above payment-service's PSP read timeout (2 s): every call in that time times out. */
    static final long SLOW_PSP_MILLIS = 4_000;
    static final int LOST_PSP_ANSWERS = 3;
    static final Duration DRAIN = Duration.ofSeconds(150);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Test
    void underFaultsNoOrderIsLostOrStuckAndMoneyStockAndMailAddUp() throws Exception {
        try (FaultCluster cluster = FaultCluster.start()) {
            System.out.printf("fault injection on %s: up in %d s; memory MiB: %s%n", cluster.describe(),
                    cluster.startTime().toSeconds(), cluster.rssMib());
            var tokens = new TokenClient(URI.create(cluster.authorizationServerUrl()));
            Map<String, Integer> opening = FaultTraffic.loadRetailer(
                    new Http(cluster.port("catalog-service"), () -> tokens.demoToken(DemoCredentials.DEMO_LOADER)),
                    new Http(cluster.port("inventory-service"), () -> tokens.demoToken(DemoCredentials.DEMO_LOADER)));
            cluster.awaitConsumed("routing-service", TheSystem.PATIENCE, "catalog.locations.v1", "inventory.availability.v1");
            cluster.awaitConsumed("order-service", TheSystem.PATIENCE, "catalog.articles.v1", "catalog.locations.v1");

            List<FaultPlan.Outcome> outcomes;
            Checker.Findings findings;
            Instant trafficStart = Instant.now();
            try (FaultTraffic traffic = new FaultTraffic(cluster, tokens, SEED)) {
                traffic.start(ORDERS_PER_SECOND);
                outcomes = faults(cluster, traffic).run(trafficStart.plus(WARM_UP), SPACING,
                        () -> inFlight(cluster, traffic));
                traffic.stopOrders();
                drain(cluster, traffic);
                findings = new Checker(cluster).check(traffic, opening);
            }
            String report = FaultReport.render("Seed " + SEED + ", " + ORDERS_PER_SECOND + " orders/s, a fault every "
                    + SPACING.toSeconds() + " s after " + WARM_UP.toSeconds() + " s, drain at most " + DRAIN.toSeconds()
                    + " s; start-up " + cluster.startTime().toSeconds() + " s. Logs: system-tests/target/system-logs/fault-injection/.",
                    trafficStart, outcomes, findings, cluster.supervisorRestarts());
            System.out.println(report);
            FaultReport.write(report);

            assertThat(outcomes).as("every fault recovered from (see %s)", FaultReport.FILE)
                    .allSatisfy(o -> assertThat(o.recovered()).as("%d %s: %s", o.number(), o.name(), o.failure()).isTrue());
            assertThat(findings.violations()).as("broken invariants %s, the first of them below; each in %s",
                    FaultReport.summary(findings.violations()), FaultReport.FILE)
                    .satisfies(v -> assertThat(v.subList(0, Math.min(v.size(), 30))).isEmpty());
        }
    }

    /** Orders not finished in order-service's database plus those the shop is still sending; -1 while the database is down. */
    private static int inFlight(FaultCluster cluster, FaultTraffic traffic) {
        int unfinished = Checker.ordersInFlight(cluster);
        return unfinished < 0 ? -1 : unfinished + traffic.posting();
    }

    /** The faults, in this order. */
    private FaultPlan faults(FaultCluster cluster, FaultTraffic traffic) {
        Predicate<Instant> assignments = after -> traffic.lastNewFulfillment().isAfter(after);
        Predicate<Instant> captures = after -> lastCapture(cluster).isAfter(after);
        var plan = new FaultPlan();
        kill(plan, cluster, "order-service", assignments);
        kill(plan, cluster, "inventory-service", assignments);
        plan.add("broker restart (SIGTERM, " + DOWN.toSeconds() + " s down, same port and log dir)", () -> {
            cluster.broker().stop();
            cluster.brokerStopped();
            Thread.sleep(DOWN.toMillis());
            cluster.broker().restart();
            cluster.awaitBroker(Instant.now().plusSeconds(120));
        }, () -> cluster.service("order-service").healthy() && cluster.service("routing-service").healthy(), assignments);
        kill(plan, cluster, "routing-service", assignments);
        plan.add("slow PSP: " + SLOW_PSP_MILLIS + " ms per answer for " + SLOW_PSP.toSeconds() + " s (client read timeout 2 s)", () -> {
            pspFaults(cluster, "{\"latencyMs\":" + SLOW_PSP_MILLIS + "}");
            Thread.sleep(SLOW_PSP.toMillis());
            pspFaults(cluster, "{\"latencyMs\":0}");
        }, () -> cluster.service("payment-service").healthy(), captures);
        kill(plan, cluster, "payment-service", captures);
        // the injection returns once the second instance is healthy; the scale-down may follow before this is watched
        plan.add("scale routing-service 1 → 2 instances", () -> cluster.addInstance("routing-service"), () -> true, assignments);
        plan.add("zombie: SIGSTOP inventory-service " + FaultCluster.SESSION_TIMEOUT.plusSeconds(5).toSeconds()
                + " s (session timeout " + FaultCluster.SESSION_TIMEOUT.toSeconds() + " s), then SIGCONT", () -> {
            cluster.service("inventory-service").pause();
            Thread.sleep(FaultCluster.SESSION_TIMEOUT.plusSeconds(5).toMillis());
            cluster.service("inventory-service").resume();
        }, () -> cluster.service("inventory-service").healthy(), assignments);
        plan.add("scale routing-service 2 → 1 instance", () -> cluster.removeInstance("routing-service"),
                () -> cluster.ports("routing-service").size() == 1, assignments);
        kill(plan, cluster, "notification-service", assignments);
        plan.add("PostgreSQL restart (SIGTERM, " + DOWN.toSeconds() + " s down, same port and data dir)", () -> {
            cluster.postgres().stop();
            Thread.sleep(DOWN.toMillis());
            cluster.postgres().restart();
            cluster.awaitPostgres(Instant.now().plusSeconds(120));
        }, () -> cluster.service("order-service").healthy() && cluster.service("inventory-service").healthy(), assignments);
        plan.add("PSP loses the next " + LOST_PSP_ANSWERS + " answers after processing (failNextAfterProcessing)",
                () -> pspFaults(cluster, "{\"failNextAfterProcessing\":" + LOST_PSP_ANSWERS + "}"),
                () -> cluster.service("payment-service").healthy(), captures);
        kill(plan, cluster, "catalog-service", assignments);
        kill(plan, cluster, "returns-service", assignments);
        return plan;
    }

    private static void kill(FaultPlan plan, FaultCluster cluster, String service, Predicate<Instant> flow) {
        plan.add("kill -9 " + service + ", restart after " + DOWN.toSeconds() + " s", () -> {
            cluster.service(service).kill();
            Thread.sleep(DOWN.toMillis());
            cluster.service(service).restart();
        }, () -> cluster.service(service).healthy(), flow);
    }

    private void pspFaults(FaultCluster cluster, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(cluster.pspUrl() + "/v1/faults"))
                .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) throw new IllegalStateException("PSP faults " + json + ": " + response.statusCode() + " " + response.body());
    }

    /** When payment-service last captured, from its database (EPOCH when it does not answer). */
    private static Instant lastCapture(FaultCluster cluster) {
        try (Connection c = cluster.connect(FaultCluster.database("payment-service"));
             ResultSet rs = c.createStatement().executeQuery("SELECT max(captured_at) FROM capture")) {
            rs.next();
            Timestamp last = rs.getTimestamp(1);
            return last == null ? Instant.EPOCH : last.toInstant();
        } catch (SQLException e) {
            return Instant.EPOCH;
        }
    }

    /** Until every order answered is finished, every fulfilment order played out and every outbox sent, or {@link #DRAIN}. */
    private static void drain(FaultCluster cluster, FaultTraffic traffic) throws InterruptedException {
        Instant began = Instant.now();
        Instant giveUp = began.plus(DRAIN);
        while (Instant.now().isBefore(giveUp)) {
            int inFlight = Checker.ordersInFlight(cluster);
            long unsent = Checker.unsentOutbox(cluster);
            // unread records too: e-mails and timelines follow the last facts (a restarted consumer catches up)
            long lag = Checker.totalLag(cluster);
            if (inFlight == 0 && unsent == 0 && lag == 0 && traffic.posting() == 0 && traffic.pendingWork() == 0) {
                System.out.printf("drained in %d s%n", Duration.between(began, Instant.now()).toSeconds());
                return;
            }
            System.out.printf("draining: %d orders in flight, %d being posted, %d fulfilment orders in work, %d unsent "
                    + "outbox rows, %d unread records%n", inFlight, traffic.posting(), traffic.pendingWork(), unsent, lag);
            Thread.sleep(3_000);
        }
        System.out.printf("drain ended after %d s without settling%n", DRAIN.toSeconds());
    }
}
