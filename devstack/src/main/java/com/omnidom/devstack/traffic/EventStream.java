package com.omnidom.devstack.traffic;

import com.omnidom.events.Topics;
import com.omnidom.devstack.kafka.KafkaAccess;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.core.JacksonException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import static com.omnidom.devstack.traffic.DemoTraffic.JSON;

/**
 * Reads the event topics from the run's start time on (no consumer group) and hands each event of the run to its
 * sink (the {@link EventTally}, and the bench's {@link HopTally}), until stopped; topics that appear later are picked
 * up every few seconds.
 */
final class EventStream {

    private static final List<String> TOPICS = List.of(Topics.ORDER_EVENTS.name(), Topics.FULFILLMENT_EVENTS.name(),
            Topics.PAYMENT_EVENTS.name(), Topics.INVENTORY_EVENTS.name(), Topics.NOTIFICATION_EVENTS.name());

    private final String kafka;
    private final Consumer<Seen> sink;
    private final ErrorSamples errorSamples;
    private final AtomicLong lastEventAt = new AtomicLong(System.currentTimeMillis());
    private volatile boolean stopping;

    EventStream(String kafka, Consumer<Seen> sink, ErrorSamples errorSamples) {
        this.kafka = kafka;
        this.sink = sink;
        this.errorSamples = errorSamples;
    }

    /**
     * An event of the run: its {@code ce_type}, the order and fulfilment it is about, its units (the sum of its lines'
     * quantities), a notification's kind, and when it was published (the record's timestamp, in ms).
     */
    record Seen(String type, String orderId, String fulfillmentId, int units, String kind, long at) {
    }

    /** Only the fields the tallies need. */
    record EventBody(String orderId, String fulfillmentId, List<Quantity> lines, String kind) {
        int units() {
            return lines == null ? 0 : lines.stream().mapToInt(Quantity::quantity).sum();
        }
    }

    record Quantity(int quantity) {
    }

    /** Milliseconds since the last event arrived (or since the stream was made). */
    long quietMillis() {
        return System.currentTimeMillis() - lastEventAt.get();
    }

    void stop() {
        stopping = true;
    }

    void consume(long runStart) {
        var props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "omnidom-demo-traffic");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "100");
        // the local broker wants SASL: ./omnidom passes the read-only tools principal (none for a PLAINTEXT Kafka)
        String user = System.getenv("OMNIDOM_KAFKA_USERNAME");
        if (user != null && !user.isBlank()) {
            props.putAll(KafkaAccess.scramClient(kafka, user, System.getenv().getOrDefault("OMNIDOM_KAFKA_PASSWORD", "")));
        }
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            var assigned = new HashSet<TopicPartition>();
            long nextRefresh = 0;
            while (!stopping) {
                if (System.currentTimeMillis() >= nextRefresh) {
                    // Topics appear when the first service publishes to them: look again every few seconds.
                    assign(consumer, assigned, runStart);
                    nextRefresh = System.currentTimeMillis() + 5_000;
                }
                if (assigned.isEmpty()) {
                    DemoTraffic.sleep(200);
                    continue;
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.timestamp() < runStart) {
                        continue;
                    }
                    Header type = record.headers().lastHeader("ce_type");
                    if (type == null) {
                        continue;
                    }
                    EventBody body;
                    try {
                        body = JSON.readValue(record.value(), EventBody.class);
                    } catch (JacksonException e) {
                        body = new EventBody(record.key(), null, null, null);
                    }
                    sink.accept(new Seen(new String(type.value(), StandardCharsets.UTF_8),
                            body.orderId() != null ? body.orderId() : record.key(), body.fulfillmentId(), body.units(),
                            body.kind(), record.timestamp()));
                    lastEventAt.set(System.currentTimeMillis());
                }
            }
        } catch (RuntimeException e) {
            if (!stopping) {
                errorSamples.note("Kafka consumer " + e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
            }
        }
    }

    private static void assign(KafkaConsumer<String, byte[]> consumer, Set<TopicPartition> assigned, long runStart) {
        var fresh = new ArrayList<TopicPartition>();
        Map<String, List<PartitionInfo>> topics = consumer.listTopics(Duration.ofSeconds(5));
        for (String topic : TOPICS) {
            for (PartitionInfo p : topics.getOrDefault(topic, List.of())) {
                var tp = new TopicPartition(p.topic(), p.partition());
                if (!assigned.contains(tp)) {
                    fresh.add(tp);
                }
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        assigned.addAll(fresh);
        consumer.assign(assigned);
        var query = new HashMap<TopicPartition, Long>();
        fresh.forEach(tp -> query.put(tp, runStart));
        Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(query, Duration.ofSeconds(5));
        var atEnd = new ArrayList<TopicPartition>();
        for (TopicPartition tp : fresh) {
            OffsetAndTimestamp offset = offsets.get(tp);
            if (offset == null) {
                atEnd.add(tp);
            } else {
                consumer.seek(tp, offset.offset());
            }
        }
        if (!atEnd.isEmpty()) {
            consumer.seekToEnd(atEnd);
        }
    }
}
