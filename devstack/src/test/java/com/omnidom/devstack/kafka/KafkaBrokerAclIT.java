package com.omnidom.devstack.kafka;

import com.omnidom.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The devstack broker as it runs locally (SASL/SCRAM, ACL authorizer, principals from {@link KafkaAccess}), on free
 * ports: partners read only their own topic in their own groups, services work on their topics.
 */
class KafkaBrokerAclIT {

    private static final String SECRET = "it-secret";
    private static final String TOPIC_A = Topics.partnerFulfillmentOrders("A").name();
    private static final String TOPIC_B = Topics.partnerFulfillmentOrders("B").name();
    private static final String ORDER_EVENTS = Topics.ORDER_EVENTS.name();

    @TempDir
    static Path dataDir;

    private static KafkaBroker broker;
    private static KafkaBroker.Settings settings;

    @BeforeAll
    static void startBrokerAndPublishAsRoutingService() throws Exception {
        settings = new KafkaBroker.Settings("127.0.0.1", freePort(), freePort(), dataDir, SECRET,
                List.of("routing-service", "order-service"), List.of("A", "B"));
        broker = KafkaBroker.start(settings);
        // routing-service creates the partner topics and writes each partner one event, as its outbox relay does
        try (Admin admin = Admin.create(client("routing-service"))) {
            admin.createTopics(List.of(new NewTopic(TOPIC_A, 1, (short) 1), new NewTopic(TOPIC_B, 1, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS);
        }
        try (var producer = producer("routing-service")) {
            producer.send(new ProducerRecord<>(TOPIC_A, "fulfilment-of-A", "{\"partnerId\":\"A\"}")).get(30, TimeUnit.SECONDS);
            producer.send(new ProducerRecord<>(TOPIC_B, "fulfilment-of-B", "{\"partnerId\":\"B\"}")).get(30, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    static void stop() {
        if (broker != null) broker.close();
    }

    @Test
    void aPartnerReadsItsOwnTopicInItsOwnGroup() {
        List<ConsumerRecord<String, String>> records = readAll(KafkaAccess.partnerPrincipal("A"), "partner.A.x", TOPIC_A, 1);

        assertThat(records).extracting(ConsumerRecord::key).containsExactly("fulfilment-of-A");
        assertThat(records).extracting(ConsumerRecord::value).containsExactly("{\"partnerId\":\"A\"}");
    }

    @Test
    void aPartnerCannotReadAnotherPartnersTopic() {
        assertThatThrownBy(() -> readAll(KafkaAccess.partnerPrincipal("A"), "partner.A.x", TOPIC_B, 1))
                .isInstanceOf(TopicAuthorizationException.class)
                .satisfies(e -> assertThat(((TopicAuthorizationException) e).unauthorizedTopics()).containsExactly(TOPIC_B));
    }

    @Test
    void aPartnerCannotUseAGroupOutsideItsPrefix() {
        assertThatThrownBy(() -> readAll(KafkaAccess.partnerPrincipal("A"), "other", TOPIC_A, 1))
                .isInstanceOf(GroupAuthorizationException.class);
        // B's prefix is no more A's than any other
        assertThatThrownBy(() -> readAll(KafkaAccess.partnerPrincipal("A"), "partner.B.x", TOPIC_A, 1))
                .isInstanceOf(GroupAuthorizationException.class);
    }

    @Test
    void aPartnerCannotWriteEvenToItsOwnTopicNorReadTheSharedOnes() {
        // its idempotent producer is refused its producer id already (no WRITE on any topic: cluster authorization);
        // the refusal comes through the send's future, or from send itself when it arrived before the send
        try (var producer = producer(KafkaAccess.partnerPrincipal("A"))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPIC_A, "k", "forged")).get(30, TimeUnit.SECONDS))
                    .satisfies(e -> assertThat(causeChain(e)).hasAtLeastOneElementOfType(AuthorizationException.class));
        }
        assertThat(readAll(KafkaAccess.partnerPrincipal("A"), "partner.A.check", TOPIC_A, 2)).extracting(ConsumerRecord::value)
                .containsExactly("{\"partnerId\":\"A\"}");
        assertThatThrownBy(() -> readAll(KafkaAccess.partnerPrincipal("A"), "partner.A.x", Topics.FULFILLMENT_EVENTS.name(), 1))
                .isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void aServiceCreatesProducesAndConsumesItsTopicsInItsGroupButReadsNoPartnerTopic() throws Exception {
        try (Admin admin = Admin.create(client("order-service"))) {
            admin.createTopics(List.of(new NewTopic(ORDER_EVENTS, 3, (short) 1), new NewTopic(ORDER_EVENTS + ".DLT", 3, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS);
        }
        String key = UUID.randomUUID().toString();
        try (var producer = producer("order-service")) {
            producer.send(new ProducerRecord<>(ORDER_EVENTS, key, "accepted")).get(30, TimeUnit.SECONDS);
            producer.send(new ProducerRecord<>(ORDER_EVENTS + ".DLT", key, "dead")).get(30, TimeUnit.SECONDS);
        }
        assertThat(readAll("order-service", "order-service", ORDER_EVENTS, 1)).extracting(ConsumerRecord::key).contains(key);

        assertThatThrownBy(() -> readAll("order-service", "routing-service", ORDER_EVENTS, 1))
                .isInstanceOf(GroupAuthorizationException.class);
        assertThatThrownBy(() -> readAll("order-service", "order-service", TOPIC_A, 1))
                .isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void aWrongPasswordDoesNotAuthenticate() {
        Map<String, Object> config = new HashMap<>(KafkaAccess.scramClient(settings.bootstrap(), KafkaAccess.partnerPrincipal("A"),
                "guessed"));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "partner.A.x");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC_A));
            assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(10))).isInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void provisioningAgainChangesNothingAndTheCredentialsFileNamesEveryPrincipal() throws Exception {
        KafkaAccess.provision(settings.bootstrap(), SECRET, KafkaAccess.users(settings.services(), settings.partnerIds(), SECRET),
                KafkaAccess.acls(settings.services(), settings.partnerIds()));

        assertThat(readAll(KafkaAccess.partnerPrincipal("B"), "partner.B.again", TOPIC_B, 1)).extracting(ConsumerRecord::key)
                .containsExactly("fulfilment-of-B");
        List<String> lines = Files.readAllLines(dataDir.resolve(KafkaBroker.CREDENTIALS_FILE));
        assertThat(lines).contains("routing-service=" + KafkaAccess.password("routing-service", SECRET),
                "partner.A=" + KafkaAccess.password("partner.A", SECRET), "omnidom-tools=" + KafkaAccess.password("omnidom-tools", SECRET));
        assertThat(String.join("\n", lines)).doesNotContain("broker=");
        assertThat(KafkaAccess.password("partner.A", SECRET)).isNotEqualTo(KafkaAccess.password("partner.B", SECRET))
                .doesNotContain(SECRET);
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private static Map<String, Object> client(String principal) {
        return KafkaAccess.scramClient(settings.bootstrap(), principal, KafkaAccess.password(principal, SECRET));
    }

    private static KafkaProducer<String, String> producer(String principal) {
        Map<String, Object> config = new HashMap<>(client(principal));
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** Subscribes in {@code group} and polls until {@code count} records arrived (or 20 s): authorization errors surface. */
    private static List<ConsumerRecord<String, String>> readAll(String principal, String group, String topic, int count) {
        Map<String, Object> config = new HashMap<>(client(principal));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(20);
            while (records.size() < count && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            consumer.commitSync();
        }
        return records;
    }

    private static List<Throwable> causeChain(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) chain.add(t);
        return chain;
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
