package com.omnidom.testsupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.GenericApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TestInfrastructureTest {

    @Test
    void falseTakesThePathWithoutContainersWithoutAskingDocker() {
        var choice = TestInfrastructure.decide("false", pullAllowed -> fail("Docker was asked"));

        assertThat(choice.containers()).isFalse();
        assertThat(choice.banner()).isEqualTo(
                "Omnidom tests: in-JVM Kafka broker and local PostgreSQL (OMNIDOM_TEST_CONTAINERS=false)");
    }

    @Test
    void autoFallsBackWithTheReasonAndTrueFailsWithIt() {
        var none = new TestInfrastructure.Choice(false, null, null, "no Docker API reachable");

        assertThat(TestInfrastructure.decide("auto", pullAllowed -> none).banner())
                .isEqualTo("Omnidom tests: in-JVM Kafka broker and local PostgreSQL (no Docker API reachable)");
        assertThatThrownBy(() -> TestInfrastructure.decide("true", pullAllowed -> none))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("OMNIDOM_TEST_CONTAINERS=true, but no Docker API reachable");
        assertThatThrownBy(() -> TestInfrastructure.decide("yes", pullAllowed -> none))
                .hasMessageContaining("auto, true or false");
    }

    @Test
    void onlyTrueMayPullImages() {
        var asked = new boolean[2];
        TestInfrastructure.decide("auto", pullAllowed -> record(asked, 0, pullAllowed));
        TestInfrastructure.decide("true", pullAllowed -> record(asked, 1, pullAllowed));

        assertThat(asked).containsExactly(false, true);
    }

    private static TestInfrastructure.Choice record(boolean[] asked, int i, boolean pullAllowed) {
        asked[i] = pullAllowed;
        return new TestInfrastructure.Choice(true, "pg", "kafka", null);
    }

    @Test
    void readsTheLocalImagesFromTheNearestContainersLocalEnv(@TempDir Path repo) throws Exception {
        Files.createDirectories(repo.resolve("containers"));
        Files.writeString(repo.resolve("containers/local.env"), """
                # the locally built equivalents of the public images
                KAFKA_IMAGE=omnidom/kafka:4.1.2
                export POSTGRES_IMAGE="omnidom/postgres:15"
                MAIL_IMAGE=${MAIL_IMAGE:-omnidom/greenmail:2.1.13}
                """);
        Path module = Files.createDirectories(repo.resolve("order-service"));

        assertThat(TestInfrastructure.localEnv(module)).containsExactly(
                Map.entry("KAFKA_IMAGE", "omnidom/kafka:4.1.2"),
                Map.entry("POSTGRES_IMAGE", "omnidom/postgres:15"),
                Map.entry("MAIL_IMAGE", "omnidom/greenmail:2.1.13"));
        assertThat(TestInfrastructure.localEnv(repo.getParent())).isEmpty();
    }

    @Test
    void takesThePublicImageWhenPresentElseTheLocalOne() {
        var local = Map.of("OMNIDOM_TEST_UNSET_IMAGE", "omnidom/kafka:4.1.2");

        assertThat(TestInfrastructure.image("OMNIDOM_TEST_UNSET_IMAGE", "apache/kafka:4.1.2", local, Set.of("apache/kafka:4.1.2")::contains))
                .isEqualTo("apache/kafka:4.1.2");
        assertThat(TestInfrastructure.image("OMNIDOM_TEST_UNSET_IMAGE", "apache/kafka:4.1.2", local, Set.of("omnidom/kafka:4.1.2")::contains))
                .isEqualTo("omnidom/kafka:4.1.2");
        // neither present: the public name, which only OMNIDOM_TEST_CONTAINERS=true would pull
        assertThat(TestInfrastructure.image("OMNIDOM_TEST_UNSET_IMAGE", "apache/kafka:4.1.2", local, Set.<String>of()::contains))
                .isEqualTo("apache/kafka:4.1.2");
    }

    @Test
    void anImageIsPresentOnlyUnderItsOwnName() {
        assertThat(TestInfrastructure.sameName("localhost/omnidom/postgres:15", "omnidom/postgres:15")).isTrue();
        assertThat(TestInfrastructure.sameName("docker.io/library/postgres:15", "postgres:15")).isTrue();
        assertThat(TestInfrastructure.sameName("docker.io/apache/kafka:4.1.2", "apache/kafka:4.1.2")).isTrue();
        // Podman finds localhost/omnidom/postgres:15 for "postgres:15": that is not the public image
        assertThat(TestInfrastructure.sameName("localhost/omnidom/postgres:15", "postgres:15")).isFalse();
    }

    @Test
    void theContainerPathGivesAPostgresqlOfItsOwn() throws Exception {
        assumeTrue(TestInfrastructure.containers(), () -> "no containers: " + TestInfrastructure.choice().reason());

        TestDatabases.TestDatabase db = TestDatabases.create("TestInfrastructureTest");
        try (var connection = DriverManager.getConnection(db.url(), db.username(), db.password());
             var rs = connection.createStatement().executeQuery("SHOW server_version")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("15.");
            assertThat(db.url()).contains(":" + TestInfrastructure.postgres().getMappedPort(5432) + "/");
        } finally {
            db.drop();
        }
    }

    @Test
    void theContainerPathGivesAKafkaBrokerAndStopsIt() throws Exception {
        assumeTrue(TestInfrastructure.containers(), () -> "no containers: " + TestInfrastructure.choice().reason());

        assertServesAndStops(TestInfrastructure.containerBroker(TestInfrastructure.choice().kafkaImage()));
    }

    @Test
    void theInJvmBrokerServesAndStops() throws Exception {
        assertServesAndStops(TestInfrastructure.inJvmBroker());
    }

    @Test
    void aTestKafkaContextHasABrokerOfItsOwnUntilItCloses() throws Exception {
        var context = new GenericApplicationContext();
        new TestKafkaContextCustomizerFactory().createContextCustomizer(Annotated.class, List.of())
                .customizeContext(context, null);
        context.refresh();
        String bootstrap = context.getEnvironment().getRequiredProperty("spring.kafka.bootstrap-servers");

        assertThat(partitionsAfterSending(bootstrap, "context-topic")).isEqualTo(TestInfrastructure.PARTITIONS);
        context.close();
        assertThat(reachable(bootstrap)).isFalse();
    }

    @TestKafka
    static class Annotated {
    }

    private static void assertServesAndStops(TestInfrastructure.Broker broker) throws Exception {
        try {
            assertThat(partitionsAfterSending(broker.bootstrapServers(), "probe-topic")).isEqualTo(TestInfrastructure.PARTITIONS);
            var read = TopicProbe.read(broker.bootstrapServers(), "probe-topic", Duration.ofSeconds(30), seen -> !seen.isEmpty());
            assertThat(read).extracting(r -> r.key()).containsExactly("k");
        } finally {
            broker.close();
        }
        assertThat(reachable(broker.bootstrapServers())).isFalse();
    }

    /** Sends one record to a topic the broker creates on first use and answers how many partitions it got. */
    private static int partitionsAfterSending(String bootstrap, String topic) throws Exception {
        try (var producer = TopicProbe.producer(bootstrap)) {
            producer.send(new ProducerRecord<>(topic, "k", new byte[]{1})).get(30, TimeUnit.SECONDS);
        }
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topic).partitions().size();
        }
    }

    private static boolean reachable(String bootstrap) {
        try (var admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000))) {
            admin.describeCluster().clusterId().get(5, TimeUnit.SECONDS);
            return true;
        } catch (Exception unreachable) {
            return false;
        }
    }
}
