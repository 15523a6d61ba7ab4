package com.omnidom.platform.deadletter;

import com.omnidom.platform.consumer.StoredRecord;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collection;

/**
 * Writes a dead letter twice: into this service's {@code dead_letter} table (for ops to inspect, redrive or
 * discard) and, as before, onto {@code <topic>.DLT}, same partition, with the exception in the headers. The row is
 * written first and keyed by the record's position, so a retried write (the topic was unreachable) adds no second one.
 */
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final int STACK_LIMIT = 8_000;

    private final JdbcClient jdbc;
    private final DeadLetterPublishingRecoverer topic;
    private final String consumer;
    private final MeterRegistry meters;

    public DeadLetters(JdbcClient jdbc, DeadLetterPublishingRecoverer topic, String consumer, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.topic = topic;
        this.consumer = consumer;
        this.meters = meters;
    }

    /** Open dead letters per consumed topic, read from the table at scrape time. */
    public void registerGauges(Collection<String> topics) {
        for (String name : topics) {
            Gauge.builder("omnidom.dead.letters", () -> openCount(name))
                    .description("Dead letters of this service not yet redriven or discarded").tag("topic", name)
                    .register(meters);
            written(name);
        }
    }

    private double openCount(String name) {
        try {
            return jdbc.sql("SELECT count(*) FROM dead_letter WHERE status = 'OPEN' AND topic = ?")
                    .param(name).query(Long.class).single();
        } catch (DataAccessException unavailable) {
            return Double.NaN;
        }
    }

    /** Dead-letters a record the consumer's container delivered; throws when either write fails (it is retried). */
    public void write(ConsumerRecord<?, ?> record, Exception exception) {
        store(StoredRecord.of(record), exception);
        topic.accept(record, exception);
    }

    /** Dead-letters a stored record (a parked event that turned out never applicable). */
    public void write(StoredRecord record, Exception exception) {
        store(record, exception);
        topic.accept(record.toConsumerRecord(), exception);
    }

    private void store(StoredRecord record, Exception exception) {
        boolean inserted = jdbc.sql("""
                        INSERT INTO dead_letter (consumer, topic, kafka_partition, kafka_offset, record_key, event_id,
                                                 ce_type, headers, payload, exception_class, exception_message,
                                                 exception_stack)
                        VALUES (:consumer, :topic, :partition, :offset, :key, :eventId, :ceType, CAST(:headers AS jsonb),
                                :payload, :exceptionClass, :exceptionMessage, :exceptionStack)
                        ON CONFLICT (consumer, topic, kafka_partition, kafka_offset) DO UPDATE
                        SET status = 'OPEN', exception_class = excluded.exception_class,
                            exception_message = excluded.exception_message, exception_stack = excluded.exception_stack,
                            dead_lettered_at = clock_timestamp(), resolved_at = NULL, resolved_by = NULL,
                            resolution_note = NULL
                        RETURNING (xmax = 0)""")
                .param("consumer", consumer).param("topic", record.topic())
                .param("partition", record.partition()).param("offset", record.offset())
                .param("key", record.key()).param("eventId", record.eventId()).param("ceType", record.ceType())
                .param("headers", record.headersJson()).param("payload", record.payload())
                .param("exceptionClass", exception.getClass().getName())
                .param("exceptionMessage", exception.getMessage())
                .param("exceptionStack", stack(exception))
                .query(Boolean.class).single();
        if (inserted) {
            written(record.topic()).increment();
            log.warn("{}-{}@{} dead-lettered: {}", record.topic(), record.partition(), record.offset(), exception.toString());
        }
    }

    /** Exported from the start at 0 for every consumed topic, so a first dead letter shows as a rate at once. */
    private Counter written(String topic) {
        return Counter.builder("omnidom.dead.letters.written").description("Records this service dead-lettered")
                .tag("topic", topic).register(meters);
    }

    static String stack(Throwable exception) {
        StringWriter out = new StringWriter();
        exception.printStackTrace(new PrintWriter(out));
        String stack = out.toString();
        return stack.length() <= STACK_LIMIT ? stack : stack.substring(0, STACK_LIMIT) + "\n\t...";
    }
}
