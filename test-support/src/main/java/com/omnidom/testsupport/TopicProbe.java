package com.omnidom.testsupport;

import com.omnidom.events.CloudEventHeaders;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.EventType;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Plain Kafka clients for tests: they play the other side of the wire, outside the service under test. */
public final class TopicProbe {

    private TopicProbe() {
    }

    public static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    /** A record as a producing service's outbox relay writes it, with raw body bytes (which may be garbage). */
    public static ProducerRecord<String, byte[]> record(EventType type, String key, UUID id, byte[] body) {
        var record = new ProducerRecord<>(type.topic().name(), key, body);
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.ID, id.toString());
        header(record, CloudEventHeaders.TYPE, type.type());
        header(record, CloudEventHeaders.SOURCE, "/omnidom/test");
        header(record, CloudEventHeaders.SUBJECT, key);
        header(record, CloudEventHeaders.TIME, Instant.now().toString());
        return record;
    }

    public static ProducerRecord<String, byte[]> record(ContractEvent event, String json) {
        return record(EventType.of(event.getClass()), event.subject(), event.eventId(), json.getBytes(StandardCharsets.UTF_8));
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a topic from the beginning until {@code done} holds for what was read, or the timeout passes. */
    public static List<ConsumerRecord<String, byte[]>> read(String bootstrap, String topic, Duration timeout,
                                                            Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        return read(bootstrap, topic, null, timeout, done);
    }

    /** As {@link #read(String, String, Duration, Predicate)}, keeping only records with one of {@code keys}. */
    public static List<ConsumerRecord<String, byte[]>> read(String bootstrap, String topic, Collection<String> keys,
                                                            Duration timeout,
                                                            Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (!done.test(seen) && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (keys == null || keys.contains(r.key())) seen.add(r);
                });
            }
        }
        return seen;
    }

    /** Waits up to 30 s for at least {@code count} records with the given keys. */
    public static List<ConsumerRecord<String, byte[]>> atLeast(String bootstrap, String topic, int count, String... keys) {
        return read(bootstrap, topic, List.of(keys), Duration.ofSeconds(30), seen -> seen.size() >= count);
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
