package com.omnidom.devstack.kafka;

import com.omnidom.devstack.Options;
import com.omnidom.devstack.Options.UsageException;
import com.omnidom.devstack.demo.DemoRetailer;
import com.omnidom.devstack.demo.CatalogDocuments.Location;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one process) for the local stack, secured as a
 * production cluster would be: SASL only (SCRAM-SHA-512 for clients), Kafka's ACL authorizer, a principal per service,
 * per demo partner and for local tools ({@link KafkaAccess}). The log directory is formatted once and kept, so topics
 * and offsets survive a restart; credentials and ACLs are applied again at every start.
 */
public final class KafkaBroker implements AutoCloseable {

    /** Written after the credentials and ACLs are in place (removed at start): {@code principal=password} per line. */
    public static final String CREDENTIALS_FILE = "credentials.properties";

    private static final String USAGE = """
            usage: java -cp ... com.omnidom.devstack.kafka.KafkaBroker [options]
              --port <n>             client port (SASL_PLAINTEXT, SCRAM-SHA-512), default 9092
              --controller-port <n>  KRaft controller port, default 9093
              --host <address>       address to listen on, default 127.0.0.1
              --data-dir <dir>       broker data, kept between runs, default .omnidom/data/kafka
              --services <a,b,..>    service principals, default the seven Omnidom services
              --seed <n>             the demo retailer whose partners get principals (as ./omnidom demo), default 42
              --partners <a,b,..>    partner ids instead of the demo retailer's
            environment: OMNIDOM_KAFKA_SECRET  the secret every demo password derives from (default: omnidom-demo;
                         local stack only). The passwords are written to <data-dir>/credentials.properties.
            Runs until SIGTERM (or Ctrl-C), then shuts down cleanly.""";

    private final KafkaRaftServer server;

    private KafkaBroker(KafkaRaftServer server) {
        this.server = server;
    }

    /** What the broker grants to whom, and the address clients use. */
    public record Settings(String host, int port, int controllerPort, Path dataDir, String secret, List<String> services,
                           List<String> partnerIds) {

        public Settings {
            Objects.requireNonNull(secret, "secret");
            services = List.copyOf(services);
            partnerIds = List.copyOf(partnerIds);
        }

        public String bootstrap() {
            return host + ":" + port;
        }
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args, Set.of("port", "controller-port", "host", "data-dir", "services", "seed", "partners"),
                    USAGE);
        } catch (UsageException e) {
            e.report();
            System.exit(2);
            return;
        }
        long start = System.nanoTime();
        String secret = System.getenv().getOrDefault("OMNIDOM_KAFKA_SECRET", KafkaAccess.DEFAULT_SECRET);
        List<String> services = list(options.text("services", String.join(",", KafkaAccess.DEFAULT_SERVICES)));
        String partners = options.text("partners", "");
        List<String> partnerIds = partners.isBlank() ? demoPartners(options.number("seed", 42)) : list(partners);
        var settings = new Settings(options.text("host", "127.0.0.1"), options.integer("port", 9092),
                options.integer("controller-port", 9093), options.path("data-dir", ".omnidom/data/kafka"), secret, services,
                partnerIds);

        KafkaBroker broker;
        try {
            broker = start(settings);
        } catch (Exception e) {
            System.err.println("Kafka broker failed to start on " + settings.bootstrap() + ": " + e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Kafka broker stopping");
            broker.close();
            System.out.println("Kafka broker stopped");
        }, "kafka-broker-shutdown"));
        System.out.printf("Kafka broker ready on %s (SASL_PLAINTEXT, SCRAM-SHA-512; controller %d, data %s) in %d ms: "
                        + "principals %s, partners %s, tools %s; passwords in %s%n",
                settings.bootstrap(), settings.controllerPort(), settings.dataDir(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), services, partnerIds, KafkaAccess.TOOLS,
                settings.dataDir().resolve(CREDENTIALS_FILE));
        broker.server.awaitShutdown();
    }

    /** Starts the broker, then creates the principals and ACLs; returns when clients can authenticate. */
    public static KafkaBroker start(Settings settings) throws Exception {
        Path logDir = settings.dataDir().resolve("log");
        Path credentials = settings.dataDir().resolve(CREDENTIALS_FILE);
        Files.createDirectories(settings.dataDir());
        Files.deleteIfExists(credentials);
        Properties config = brokerConfig(settings.host(), settings.port(), settings.controllerPort(), logDir,
                KafkaAccess.password(KafkaAccess.BROKER, settings.secret()));
        formatOnce(config, settings.dataDir(), logDir);

        var server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
        var broker = new KafkaBroker(server);
        try {
            server.startup();
            Map<String, String> users = KafkaAccess.users(settings.services(), settings.partnerIds(), settings.secret());
            KafkaAccess.provision(settings.bootstrap(), settings.secret(), users,
                    KafkaAccess.acls(settings.services(), settings.partnerIds()));
            writeCredentials(credentials, users);
        } catch (Exception | Error e) {
            broker.close();
            throw e;
        }
        return broker;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    /** The demo retailer's partners (DemoData --seed): the partner ids of its locations. */
    static List<String> demoPartners(long seed) {
        return DemoRetailer.generate(seed).locations().stream().map(Location::partnerId).filter(Objects::nonNull)
                .distinct().sorted().toList();
    }

    /**
     * SASL everywhere, no PLAINTEXT listener: clients authenticate with SCRAM-SHA-512 (credentials live in the cluster
     * metadata, so they are created once the broker runs); the broker itself, towards its controller and itself, with
     * PLAIN and a credential in this configuration, which works before any metadata exists. PLAIN is offered to the
     * broker's user only. The StandardAuthorizer denies whatever no ACL allows; the broker is the super user.
     */
    static Properties brokerConfig(String host, int port, int controllerPort, Path logDir, String brokerPassword) {
        String plain = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + KafkaAccess.BROKER
                + "\" password=\"" + brokerPassword + "\" user_" + KafkaAccess.BROKER + "=\"" + brokerPassword + "\";";
        var p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@" + host + ":" + controllerPort);
        p.put("listeners", "SASL_PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
        p.put("advertised.listeners", "SASL_PLAINTEXT://" + host + ":" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "SASL_PLAINTEXT");
        p.put("listener.security.protocol.map", "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        p.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
        p.put("sasl.mechanism.controller.protocol", "PLAIN");
        p.put("listener.name.sasl_plaintext.sasl.enabled.mechanisms", "SCRAM-SHA-512,PLAIN");
        p.put("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        p.put("listener.name.sasl_plaintext.plain.sasl.jaas.config", plain);
        p.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        p.put("listener.name.controller.plain.sasl.jaas.config", plain);
        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("super.users", "User:" + KafkaAccess.BROKER);
        p.put("log.dirs", logDir.toString());
        // One node: every internal topic must make do with a single replica.
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        // Topics are created by their owners, with their partitions and retention: a typo must not make a topic.
        p.put("auto.create.topics.enable", "false");
        // Consumers of a local stack should not wait 3 s for a first rebalance.
        p.put("group.initial.rebalance.delay.ms", "0");
        return p;
    }

    /** Formats the log directory on first use only: a formatted directory carries the cluster id. */
    private static void formatOnce(Properties config, Path dataDir, Path logDir) throws IOException {
        Files.createDirectories(logDir);
        // for reference, without the broker's password
        var reference = new Properties();
        config.forEach((k, v) -> reference.put(k, k.toString().endsWith("jaas.config") ? "(set at start)" : v));
        Path configFile = dataDir.resolve("server.properties");
        try (var out = Files.newBufferedWriter(configFile)) {
            reference.store(out, "Written by KafkaBroker at every start, for reference");
        }
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        String[] format = {"format", "-t", Uuid.randomUuid().toString(), "-c", configFile.toString(), "--ignore-formatted"};
        int exitCode = StorageTool.execute(format, System.out);
        if (exitCode != 0) {
            throw new IllegalStateException("formatting " + logDir + " failed with exit code " + exitCode);
        }
    }

    /** Owner-only: the services' and partners' demo passwords, for ./omnidom and local tools. */
    private static void writeCredentials(Path file, Map<String, String> users) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Demo Kafka credentials of the local stack (SCRAM-SHA-512), principal=password. Local use only.");
        users.forEach((user, password) -> lines.add(user + "=" + password));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, lines);
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own permissions apply
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
