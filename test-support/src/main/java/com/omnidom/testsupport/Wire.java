package com.omnidom.testsupport;

import com.omnidom.events.ContractEvent;
import com.omnidom.events.TopicSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/**
 * The other side of the wire in a service's integration test: publishes contract events as another service's outbox
 * relay would (CloudEvents headers, JSON body, acknowledged before the next), and reads topics from the beginning.
 * Handed to a test by {@link ServiceTestSupport}; closed when the test class is done.
 */
public final class Wire implements AutoCloseable {

    // as the services write events: amounts as plain decimals ("1000", never "1E+3")
    private static final JsonMapper EVENTS = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private final String bootstrap;
    private KafkaProducer<String, byte[]> producer;

    public Wire(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    public String bootstrap() {
        return bootstrap;
    }

    /** Publishes each event keyed by its subject and waits for the broker's ack, so they arrive in this order. */
    public void publish(ContractEvent... events) {
        for (ContractEvent event : events) send(TopicProbe.record(event, EVENTS.writeValueAsString(event)));
    }

    /** Sends a record as given (e.g. a body that is not the announced event) and waits for the broker's ack. */
    public void send(ProducerRecord<String, byte[]> record) {
        try {
            producer().send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish to " + record.topic(), e.getCause());
        }
    }

    /** Reads a topic from the beginning until {@code done} holds for what was read, or the timeout passes. */
    public List<ConsumerRecord<String, byte[]>> read(TopicSpec topic, Duration timeout,
                                                     Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        return TopicProbe.read(bootstrap, topic.name(), timeout, done);
    }

    /** Waits up to 30 s for at least {@code count} records with the given keys on {@code topic}. */
    public List<ConsumerRecord<String, byte[]>> atLeast(TopicSpec topic, int count, String... keys) {
        return TopicProbe.atLeast(bootstrap, topic.name(), count, keys);
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) producer = TopicProbe.producer(bootstrap);
        return producer;
    }

    @Override
    public synchronized void close() {
        if (producer != null) producer.close();
    }
}
