package com.omnidom.testsupport;

import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where this JVM's tests get PostgreSQL and Kafka, decided once and said on stdout: from Testcontainers where a
 * Docker API is reachable, else an in-JVM KRaft broker and the machine's (or an embedded) PostgreSQL.
 * <p>
 * {@code OMNIDOM_TEST_CONTAINERS} (environment or system property): {@code auto} (default) takes containers when
 * Docker answers and the images are present locally (nothing is pulled on a guess), {@code true} takes them or
 * fails, {@code false} never does. Images: {@code POSTGRES_IMAGE} (default {@value #PUBLIC_POSTGRES}) and
 * {@code KAFKA_IMAGE} (default {@value #PUBLIC_KAFKA}); when one is unset and the public image is absent, the
 * locally built equivalent that the repository's {@code containers/local.env} names is taken if present.
 */
final class TestInfrastructure {

    static final String SWITCH = "OMNIDOM_TEST_CONTAINERS";
    static final String PUBLIC_POSTGRES = "postgres:15";
    static final String PUBLIC_KAFKA = "apache/kafka:4.1.2";
    /** As @EmbeddedKafka(partitions = 3) had it: topics the broker creates on first use get 3 partitions. */
    static final int PARTITIONS = 3;

    private static volatile Choice choice;
    private static CompletableFuture<PostgreSQLContainer> postgres;

    private TestInfrastructure() {
    }

    /** The path taken, with the images on the container path and why on the other. */
    record Choice(boolean containers, String postgresImage, String kafkaImage, String reason) {
        String banner() {
            return containers
                    ? "Omnidom tests: PostgreSQL and Kafka from Testcontainers (" + postgresImage + ", " + kafkaImage + ")"
                    : "Omnidom tests: in-JVM Kafka broker and local PostgreSQL (" + reason + ")";
        }
    }

    /** A Kafka broker for one Spring test context. */
    record Broker(String bootstrapServers, Runnable stop) implements AutoCloseable {
        @Override
        public void close() {
            stop.run();
        }
    }

    static Choice choice() {
        if (choice == null) {
            synchronized (TestInfrastructure.class) {
                if (choice == null) {
                    Choice decided = decide(setting(SWITCH).orElse("auto"), Docker::probe);
                    System.out.println(decided.banner());
                    // the first context needs both: PostgreSQL starts while its Kafka broker does
                    if (decided.containers()) {
                        // its own thread: the common pool has a single worker on 2 cores, which the caller may need
                        postgres = new CompletableFuture<>();
                        Thread.ofPlatform().daemon().name("start-test-postgres").start(() -> {
                            try {
                                postgres.complete(startPostgres(decided));
                            } catch (RuntimeException e) {
                                postgres.completeExceptionally(e);
                            }
                        });
                    }
                    choice = decided;
                }
            }
        }
        return choice;
    }

    static boolean containers() {
        return choice().containers();
    }

    /**
     * The decision for a setting of the switch. {@code docker} answers the images to use, or why containers cannot
     * be had; it is asked only when the setting allows containers.
     */
    static Choice decide(String setting, Function<Boolean, Choice> docker) {
        return switch (setting.trim().toLowerCase(Locale.ROOT)) {
            case "false" -> new Choice(false, null, null, SWITCH + "=false");
            case "auto", "" -> docker.apply(false);
            case "true" -> {
                Choice c = docker.apply(true);
                if (!c.containers()) throw new IllegalStateException(SWITCH + "=true, but " + c.reason());
                yield c;
            }
            default -> throw new IllegalArgumentException(SWITCH + " is auto, true or false, not '" + setting + "'");
        };
    }

    /** The PostgreSQL container of this JVM (the test databases are created on it); stopped when the JVM exits. */
    static PostgreSQLContainer postgres() {
        if (!containers()) throw new IllegalStateException("tests run without containers: " + choice().reason());
        return postgres.join();
    }

    private static PostgreSQLContainer startPostgres(Choice c) {
        var pg = new PostgreSQLContainer(DockerImageName.parse(c.postgresImage()).asCompatibleSubstituteFor("postgres"))
                // throw-away data: no durability; many test contexts each hold a pool
                .withCommand("postgres", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                        "-c", "max_connections=300");
        startStoppedAtExit(pg);
        return pg;
    }

    /** A new broker with 3 partitions per created topic: a container on the container path, else in this JVM. */
    static Broker kafka() {
        return containers() ? containerBroker(choice().kafkaImage()) : inJvmBroker();
    }

    static Broker inJvmBroker() {
        var broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
        // not the default spring.kafka.bootstrap-servers: each context gets its own broker as a context property
        broker.brokerListProperty(EmbeddedKafkaBroker.SPRING_EMBEDDED_KAFKA_BROKERS);
        broker.afterPropertiesSet();
        return new Broker(broker.getBrokersAsString(), broker::destroy);
    }

    static Broker containerBroker(String image) {
        var kafka = new KafkaContainer(DockerImageName.parse(image).asCompatibleSubstituteFor("apache/kafka"))
                .withEnv("KAFKA_NUM_PARTITIONS", String.valueOf(PARTITIONS))
                // a test broker holds little: a small heap instead of the image's 1 GiB, and C1 only for a quick start
                .withEnv("KAFKA_HEAP_OPTS", "-Xms128m -Xmx384m")
                .withEnv("KAFKA_JVM_PERFORMANCE_OPTS", "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true");
        startStoppedAtExit(kafka);
        return new Broker(kafka.getBootstrapServers(), kafka::stop);
    }

    /** Starts a container, stopped when the JVM exits if nothing stopped it before (no Ryuk may reap it). */
    private static void startStoppedAtExit(GenericContainer<?> container) {
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stop-test-container"));
        container.start();
    }

    /** An environment variable, else the system property of the same name (e.g. -DOMNIDOM_TEST_CONTAINERS=false). */
    static Optional<String> setting(String name) {
        return Optional.ofNullable(System.getenv(name)).or(() -> Optional.ofNullable(System.getProperty(name)))
                .filter(value -> !value.isBlank());
    }

    /** What the Docker API reachable from here offers. */
    static final class Docker {

        private Docker() {
        }

        static Choice probe(boolean pullAllowed) {
            try {
                if (!DockerClientFactory.instance().isDockerAvailable()) {
                    return new Choice(false, null, null, "no Docker API reachable");
                }
            } catch (RuntimeException e) {
                return new Choice(false, null, null, "the Docker API did not answer: " + e.getMessage());
            }
            Map<String, String> local = localEnv(Path.of("").toAbsolutePath());
            String pg = image("POSTGRES_IMAGE", PUBLIC_POSTGRES, local, Docker::present);
            String kafka = image("KAFKA_IMAGE", PUBLIC_KAFKA, local, Docker::present);
            for (String image : new String[]{pg, kafka}) {
                if (!pullAllowed && !present(image)) {
                    return new Choice(false, pg, kafka, "Docker API reachable but image " + image
                            + " not present locally: set POSTGRES_IMAGE/KAFKA_IMAGE or " + SWITCH + "=true to pull");
                }
            }
            return new Choice(true, pg, kafka, null);
        }

        /** Whether the image is stored under this very name (Podman also answers a short name by a suffix match). */
        static boolean present(String image) {
            try {
                List<String> tags = DockerClientFactory.instance().client().inspectImageCmd(image).exec().getRepoTags();
                return image.contains("@") || tags != null && tags.stream().anyMatch(tag -> sameName(tag, image));
            } catch (RuntimeException absent) {
                return false;
            }
        }
    }

    /** Names equal but for the default registry or Podman's localhost/ prefix. */
    static boolean sameName(String a, String b) {
        return unqualified(a).equals(unqualified(b));
    }

    private static String unqualified(String name) {
        for (String prefix : new String[]{"docker.io/library/", "docker.io/", "localhost/"}) {
            if (name.startsWith(prefix)) return name.substring(prefix.length());
        }
        return name;
    }

    /** The variable when set, else the public image when present, else containers/local.env's image when present. */
    static String image(String variable, String publicImage, Map<String, String> localEnv, Predicate<String> present) {
        Optional<String> set = setting(variable);
        if (set.isPresent()) return set.get();
        if (present.test(publicImage)) return publicImage;
        String local = localEnv.get(variable);
        return local != null && present.test(local) ? local : publicImage;
    }

    private static final Pattern ASSIGNMENT =
            Pattern.compile("^\\s*(?:export\\s+)?([A-Z_][A-Z0-9_]*)=[\"']?(?:\\$\\{\\1:?-)?([^\"'}\\s]*)\\}?[\"']?\\s*(?:#.*)?$");

    /**
     * The assignments of containers/local.env in {@code dir} or the nearest parent that has one (a test JVM runs in
     * its module's directory), as plain {@code NAME=value}, {@code export NAME=value} or {@code NAME=${NAME:-value}}.
     */
    static Map<String, String> localEnv(Path dir) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path file = d.resolve("containers/local.env");
            if (!Files.isRegularFile(file)) continue;
            try {
                for (String line : Files.readAllLines(file)) {
                    Matcher m = ASSIGNMENT.matcher(line);
                    if (m.matches()) values.put(m.group(1), m.group(2));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            break;
        }
        return values;
    }
}
