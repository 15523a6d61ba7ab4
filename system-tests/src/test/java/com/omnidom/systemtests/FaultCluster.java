package com.omnidom.systemtests;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.omnidom.devstack.kafka.KafkaAccess;
import com.omnidom.devstack.kafka.KafkaBroker;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.SaslConfigs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.omnidom.systemtests.Cluster.freePort;

/**
 * The whole system as processes that a fault can hit: devstack's Kafka broker (KRaft, SASL/SCRAM, as
 * {@code ./omnidom up} runs it) and devstack's PostgreSQL, each its own process on its own port and data directory
 * under target/, so either can be stopped and started again with its data; GreenMail, the PSP simulator, the
 * authorization server and the seven services as their own JVMs. Never touches the machine's PostgreSQL.
 */
final class FaultCluster implements Cluster {

    static final Path DATA = ROOT.resolve("system-tests/target/fault-injection");
    /** Apart from the other system tests' logs: both clusters may run in one test JVM. */
    static final Path FAULT_LOGS = LOGS.resolve("fault-injection");
    private static final String DEVSTACK_JAR = "devstack/target/devstack-" + version() + ".jar";
    /** Short, so a frozen consumer is thrown out of its group within the run (Kafka's default is 45 s). */
    static final Duration SESSION_TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, List<ServiceProcess>> services = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> serviceProperties = new HashMap<>();
    private ServiceProcess broker;
    private ServiceProcess postgres;
    private int kafkaPort;
    private int postgresPort;
    private GreenMail mail;
    private ServiceProcess psp;
    private ServiceProcess authorizationServer;
    private Duration startTime;
    private final List<String> supervisorRestarts = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.concurrent.ScheduledExecutorService supervisor = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();

    static FaultCluster start() throws Exception {
        FaultCluster cluster = new FaultCluster();
        return Cluster.started(cluster, cluster::startAll);
    }

    private void startAll() throws Exception {
        Instant began = Instant.now();
        deleteRecursively(DATA);
        kafkaPort = freePort();
        int controllerPort = freePort();
        postgresPort = freePort();
        broker = new ServiceProcess("kafka", kafkaPort, FAULT_LOGS, null);
        broker.startMain(devstackClasspath(), "com.omnidom.devstack.kafka.KafkaBroker", jvm("-Xmx512m"), List.of(
                "--port", Integer.toString(kafkaPort), "--controller-port", Integer.toString(controllerPort),
                "--data-dir", DATA.resolve("kafka").toString(), "--partners", "none"));
        postgres = new ServiceProcess("postgres", postgresPort, FAULT_LOGS, null);
        postgres.startMain(devstackClasspath(), "com.omnidom.devstack.postgres.LocalPostgres", jvm("-Xmx192m"), List.of(
                "--port", Integer.toString(postgresPort), "--data-dir", DATA.resolve("postgres").toString()));
        mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();

        psp = new ServiceProcess("psp-simulator", freePort(), FAULT_LOGS, "/health");
        psp.start(ROOT.resolve("psp-simulator/target/psp-simulator.jar"), List.of("--port", Integer.toString(psp.port())));
        authorizationServer = ServiceProcess.springBoot("authorization-server", freePort(), FAULT_LOGS);
        authorizationServer.startSpringBoot(ROOT.resolve("authorization-server/target/authorization-server.jar"), Map.of(
                "spring.security.oauth2.authorizationserver.issuer", authorizationServer.baseUrl(),
                "omnidom.auth.stores", String.join(",", Retailer.STORES),
                "omnidom.auth.warehouses", String.join(",", Retailer.WAREHOUSES)));

        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        awaitPostgres(deadline);
        try (Connection c = connect("postgres")) {
            for (String name : SERVICES) c.createStatement().execute("CREATE DATABASE " + database(name));
        }
        awaitBroker(deadline);
        Properties credentials = new Properties();
        try (var in = Files.newBufferedReader(DATA.resolve("kafka").resolve(KafkaBroker.CREDENTIALS_FILE))) {
            credentials.load(in);
        }
        for (String name : SERVICES) {
            Map<String, String> properties = new HashMap<>(Map.of(
                    "spring.datasource.url", jdbcUrl(database(name)),
                    "spring.datasource.username", "postgres",
                    "spring.datasource.password", "",
                    "spring.kafka.bootstrap-servers", bootstrapServers(),
                    "spring.kafka.security.protocol", "SASL_PLAINTEXT",
                    "spring.kafka.properties.sasl.mechanism", "SCRAM-SHA-512",
                    "spring.kafka.properties.sasl.jaas.config", KafkaAccess.scramJaas(name, credentials.getProperty(name)),
                    "spring.kafka.consumer.properties.session.timeout.ms", Long.toString(SESSION_TIMEOUT.toMillis()),
                    "omnidom.payment.psp.base-url", psp.baseUrl(),
                    "spring.mail.host", "127.0.0.1"));
            properties.put("spring.mail.port", Integer.toString(mail.getSmtp().getPort()));
            properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", authorizationServer.baseUrl());
            properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", authorizationServer.baseUrl() + "/oauth2/jwks");
            serviceProperties.put(name, properties);
            var service = ServiceProcess.springBoot(name, freePort(), FAULT_LOGS);
            service.startSpringBoot(jar(name), properties);
            services.put(name, new ArrayList<>(List.of(service)));
        }
        // seven Spring Boot JVMs starting at once on two cores that others share too
        deadline = Instant.now().plus(Duration.ofMinutes(8));
        psp.awaitHealthy(deadline);
        authorizationServer.awaitHealthy(deadline);
        for (List<ServiceProcess> instances : services.values()) instances.getFirst().awaitHealthy(deadline);
        startTime = Duration.between(began, Instant.now());
        supervisor.scheduleWithFixedDelay(this::supervise, 2, 2, java.util.concurrent.TimeUnit.SECONDS);
    }

    /**
     * As an orchestrator would (Kubernetes' restart policy): a service that ended by itself is started again, and
     * noted, since that is a finding of the run (e.g. a service that gives up starting while PostgreSQL is down).
     */
    private void supervise() {
        for (List<ServiceProcess> instances : services.values()) {
            for (ServiceProcess instance : instances) {
                if (!instance.exitedByItself()) continue;
                String cause = instance.tail().lines().filter(l -> l.contains("Caused by") || l.contains("APPLICATION FAILED"))
                        .reduce((first, second) -> second).orElse("(no cause in its log)");
                supervisorRestarts.add(Instant.now() + " " + instance.name() + " exited by itself (status " + instance.exitValue()
                        + "), restarted; last cause in its log: " + cause.strip());
                try {
                    instance.restart();
                } catch (IOException e) {
                    supervisorRestarts.add(instance.name() + " could not be restarted: " + e);
                }
            }
        }
    }

    /** The services that ended by themselves during the run and were started again, with the cause from their logs. */
    List<String> supervisorRestarts() {
        return List.copyOf(supervisorRestarts);
    }

    // ---------------------------------------------------------------- what the faults hit

    /** The first instance of a service. */
    ServiceProcess service(String name) {
        return services.get(name).getFirst();
    }

    /** Starts one more instance of {@code name} (same database, same consumer group); returns when it is healthy. */
    ServiceProcess addInstance(String name) throws IOException, InterruptedException {
        List<ServiceProcess> instances = services.get(name);
        var instance = ServiceProcess.springBoot(name + "-" + (instances.size() + 1), freePort(), FAULT_LOGS);
        instance.startSpringBoot(jar(name), serviceProperties.get(name));
        instances.add(instance);
        instance.awaitHealthy(Instant.now().plus(Duration.ofMinutes(3)));
        return instance;
    }

    /**
     * Stops the last instance added (gracefully: it leaves its consumer group), once it is healthy: a scale-down
     * follows a scale-up that may still be starting on a busy machine.
     */
    void removeInstance(String name) throws IOException, InterruptedException {
        List<ServiceProcess> instances = services.get(name);
        if (instances.size() < 2) throw new IllegalStateException(name + " has one instance only");
        instances.getLast().awaitHealthy(Instant.now().plus(Duration.ofMinutes(3)));
        instances.removeLast().stop();
    }

    ServiceProcess broker() {
        return broker;
    }

    ServiceProcess postgres() {
        return postgres;
    }

    String pspUrl() {
        return psp.baseUrl();
    }

    /** Until clients can authenticate (the broker writes its credentials file then) or {@code deadline}. */
    void awaitBroker(Instant deadline) throws InterruptedException {
        Path ready = DATA.resolve("kafka").resolve(KafkaBroker.CREDENTIALS_FILE);
        while (!Files.exists(ready)) {
            if (!broker.alive()) throw new IllegalStateException("the Kafka broker exited:\n" + broker.tail());
            if (Instant.now().isAfter(deadline)) throw new IllegalStateException("the Kafka broker is not ready:\n" + broker.tail());
            Thread.sleep(200);
        }
    }

    /** Until PostgreSQL takes connections or {@code deadline}. */
    void awaitPostgres(Instant deadline) throws InterruptedException {
        while (true) {
            try (Connection ignored = connect("postgres")) {
                return;
            } catch (SQLException notYet) {
                if (!postgres.alive()) throw new IllegalStateException("PostgreSQL exited:\n" + postgres.tail());
                if (Instant.now().isAfter(deadline)) throw new IllegalStateException("PostgreSQL is not ready:\n" + postgres.tail());
                Thread.sleep(200);
            }
        }
    }

    /** Deletes the broker's "ready" marker, so that {@link #awaitBroker} waits for the next start. */
    void brokerStopped() throws IOException {
        Files.deleteIfExists(DATA.resolve("kafka").resolve(KafkaBroker.CREDENTIALS_FILE));
    }

    // ---------------------------------------------------------------- what the checker reads

    Connection connect(String database) throws SQLException {
        // bounded, so that a check during a PostgreSQL restart fails instead of hanging
        return DriverManager.getConnection(jdbcUrl(database) + "?connectTimeout=5&socketTimeout=30", "postgres", "");
    }

    static String database(String service) {
        return "faults_" + service.replace("-service", "");
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database;
    }

    /** As the broker's super user: the checker reads every group's offsets and every dead-letter topic. */
    @Override
    public Admin admin() {
        return Admin.create(superUser());
    }

    Map<String, Object> superUser() {
        return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, "PLAIN",
                SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                        + KafkaAccess.BROKER + "\" password=\"" + KafkaAccess.password(KafkaAccess.BROKER, KafkaAccess.DEFAULT_SECRET) + "\";");
    }

    List<MimeMessage> allMail() {
        return Arrays.asList(mail.getReceivedMessages());
    }

    // ---------------------------------------------------------------- Cluster

    @Override
    public String authorizationServerUrl() {
        return authorizationServer.baseUrl();
    }

    @Override
    public int port(String service) {
        return service(service).port();
    }

    @Override
    public List<Integer> ports(String service) {
        return services.get(service).stream().map(ServiceProcess::port).toList();
    }

    @Override
    public String bootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    @Override
    public List<MimeMessage> mailTo(String recipient) {
        return allMail().stream().filter(m -> addressedTo(m, recipient)).toList();
    }

    static boolean addressedTo(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }

    @Override
    public Duration startTime() {
        return startTime;
    }

    @Override
    public Map<String, Long> rssMib() {
        return services.values().stream().flatMap(List::stream).collect(Collectors.toMap(ServiceProcess::name,
                s -> s.rssKib() / 1024, (a, b) -> a, LinkedHashMap::new));
    }

    @Override
    public String describe() {
        return "the services as processes, with devstack's Kafka broker and PostgreSQL as their own processes (FaultCluster)";
    }

    @Override
    public void close() throws Exception {
        supervisor.shutdownNow();
        for (List<ServiceProcess> instances : services.values()) {
            for (ServiceProcess instance : instances) {
                if (instance.alive()) instance.resume(); // a zombie left frozen would not act on SIGTERM
                instance.stop();
            }
        }
        if (authorizationServer != null) authorizationServer.stop();
        if (psp != null) psp.stop();
        if (mail != null) mail.stop();
        if (broker != null) broker.stop();
        if (postgres != null) postgres.stop();
    }

    // ---------------------------------------------------------------- helpers

    private static Path jar(String service) {
        return ROOT.resolve(service + "/target/" + service + ".jar");
    }

    private static String devstackClasspath() {
        Path jar = ROOT.resolve(DEVSTACK_JAR);
        if (!Files.exists(jar)) throw new IllegalStateException(jar + " is missing: package devstack first (./mvnw install -DskipTests)");
        return jar + ":" + ROOT.resolve("devstack/target/lib") + "/*";
    }

    /** JDK 24+ warns on every start that Kafka uses sun.misc.Unsafe; the option allows it, as ./omnidom does. */
    private static List<String> jvm(String heap) {
        List<String> options = new ArrayList<>(List.of(heap, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        if (Runtime.version().feature() >= 24) options.add("--sun-misc-unsafe-memory-access=allow");
        return options;
    }

    private static String version() {
        return System.getProperty("omnidom.version", "0.1.0-SNAPSHOT");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
