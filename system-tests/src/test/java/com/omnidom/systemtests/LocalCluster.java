package com.omnidom.systemtests;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.omnidom.testsupport.TestDatabases;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * The whole system on this machine: an in-JVM KRaft broker, one fresh database per service on the
 * machine's PostgreSQL (else embedded), an SMTP server (GreenMail), the PSP simulator, the authorization server
 * and the seven services, each as its own JVM from its packaged jar; the services trust the authorization server's
 * tokens only.
 */
final class LocalCluster implements AutoCloseable {

    static final List<String> SERVICES = List.of("catalog-service", "inventory-service", "routing-service",
            "order-service", "payment-service", "notification-service", "returns-service");

    private final Path root = Path.of(System.getProperty("omnidom.root", "..")).toAbsolutePath().normalize();
    private final Path logs = root.resolve("system-tests/target/system-logs");
    private final EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
    private final List<TestDatabases.TestDatabase> databases = new ArrayList<>();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private GreenMail mail;
    private ServiceProcess psp;
    private ServiceProcess authorizationServer;
    private Duration startTime;

    static LocalCluster start() throws Exception {
        LocalCluster cluster = new LocalCluster();
        try {
            cluster.startAll();
            return cluster;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    private void startAll() throws Exception {
        Instant began = Instant.now();
        broker.brokerProperty("log.retention.check.interval.ms", "60000");
        broker.afterPropertiesSet();
        mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();

        psp = new ServiceProcess("psp-simulator", freePort(), logs, "/health");
        psp.start(root.resolve("psp-simulator/target/psp-simulator.jar"), List.of("--port", Integer.toString(psp.port())));

        authorizationServer = ServiceProcess.springBoot("authorization-server", freePort(), logs);
        authorizationServer.startSpringBoot(root.resolve("authorization-server/target/authorization-server.jar"), Map.of(
                "spring.security.oauth2.authorizationserver.issuer", authorizationServer.baseUrl(),
                // the retailer's locations each get a client named by its id
                "omnidom.auth.stores", String.join(",", Retailer.STORES),
                "omnidom.auth.warehouses", String.join(",", Retailer.WAREHOUSES)));

        for (String name : SERVICES) {
            var db = TestDatabases.create("system_" + name.replace("-service", ""));
            databases.add(db);
            var service = ServiceProcess.springBoot(name, freePort(), logs);
            Map<String, String> properties = new HashMap<>(Map.of(
                    "spring.datasource.url", db.url(),
                    "spring.datasource.username", db.username(),
                    "spring.datasource.password", db.password(),
                    "spring.kafka.bootstrap-servers", broker.getBrokersAsString(),
                    "omnidom.payment.psp.base-url", psp.baseUrl(),
                    "spring.mail.host", "127.0.0.1",
                    "spring.mail.port", Integer.toString(mail.getSmtp().getPort())));
            properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", authorizationServer.baseUrl());
            properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", authorizationServer.baseUrl() + "/oauth2/jwks");
            service.startSpringBoot(root.resolve(name + "/target/" + name + ".jar"), properties);
            services.put(name, service);
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        psp.awaitHealthy(deadline);
        authorizationServer.awaitHealthy(deadline);
        for (ServiceProcess service : services.values()) service.awaitHealthy(deadline);
        startTime = Duration.between(began, Instant.now());
    }

    /** The issuer of every token the services accept. */
    String authorizationServerUrl() {
        return authorizationServer.baseUrl();
    }

    String url(String service) {
        return services.get(service).baseUrl();
    }

    int port(String service) {
        return services.get(service).port();
    }

    String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    GreenMail mail() {
        return mail;
    }

    Duration startTime() {
        return startTime;
    }

    /** Resident memory of each service process, for the figures the closing notes report. */
    Map<String, Long> rssMib() {
        return services.values().stream().collect(Collectors.toMap(ServiceProcess::name, s -> s.rssKib() / 1024,
                (a, b) -> a, LinkedHashMap::new));
    }

    /** Blocks until consumer group {@code group} has read everything on {@code topics} (its lag is zero). */
    void awaitConsumed(String group, Duration timeout, String... topics) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            while (true) {
                if (lag(admin, group, topics) == 0) return;
                if (Instant.now().isAfter(deadline)) throw new AssertionError(group + " still lags on " + List.of(topics));
                Thread.sleep(200);
            }
        }
    }

    private static long lag(Admin admin, String group, String... topics) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (var description : admin.describeTopics(List.of(topics)).allTopicNames().get().values()) {
            description.partitions().forEach(p -> latest.put(new TopicPartition(description.name(), p.partition()), OffsetSpec.latest()));
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
        long lag = 0;
        for (var end : ends.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            lag += end.getValue().offset() - (done == null ? 0 : done.offset());
        }
        return lag;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        for (ServiceProcess service : services.values()) service.stop();
        if (authorizationServer != null) authorizationServer.stop();
        if (psp != null) psp.stop();
        if (mail != null) mail.stop();
        broker.destroy();
        databases.forEach(TestDatabases.TestDatabase::drop);
    }
}
