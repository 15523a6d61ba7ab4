package com.omnidom.platform.outbox;

import com.omnidom.events.CloudEventHeaders;
import com.omnidom.platform.tracing.TraceContext;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Publishes outbox rows to Kafka in commit order and marks them sent once the broker acknowledged them.
 * <p>
 * Only the instance holding a PostgreSQL advisory lock publishes, because two relays taking rows with
 * {@code SKIP LOCKED} could send one order's events out of order. The lock lives on the relay's own
 * connection, which also LISTENs for the insert trigger's NOTIFY, so a new event is picked up at once
 * and the poll interval is only a fallback. Delivery is at least once: a relay that dies after the send
 * and before the mark resends those rows, which consumers drop through their inbox.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Advisory lock key: one relay per database, i.e. per service. */
    private static final long LEADER_LOCK = 0x6f75_7462_6f78L; // "outbox"

    private final DataSource dataSource;
    private final Supplier<Producer<String, byte[]>> producers;
    private final OutboxProperties properties;
    private final Counter sent;
    private final Timer addedLatency;

    private volatile boolean running;
    private volatile boolean leader;
    /** Heartbeat for health: the last ack, or the last look that found nothing to send. */
    private volatile Instant lastProgress = Instant.now();
    private volatile Thread worker;

    public OutboxRelay(DataSource dataSource, Supplier<Producer<String, byte[]>> producers,
                       OutboxProperties properties, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.producers = producers;
        this.properties = properties;
        this.sent = Counter.builder("omnidom.outbox.sent").description("Outbox events acknowledged by Kafka")
                .register(meters);
        // a histogram, not client-side percentiles: quantiles are computed in Prometheus, across instances
        this.addedLatency = Timer.builder("omnidom.outbox.publish.latency")
                .description("From the event's commit to Kafka's acknowledgement").publishPercentileHistogram()
                .register(meters);
    }

    @Override
    public boolean isAutoStartup() {
        return properties.relayEnabled();
    }

    @Override
    public synchronized void start() {
        if (running) return;
        running = true;
        lastProgress = Instant.now();
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::run);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (worker != null) {
            // let the current batch finish and the producer close cleanly; interrupt only a relay that hangs
            try {
                worker.join(properties.pollInterval().plus(properties.sendTimeout()).toMillis());
                if (worker.isAlive()) {
                    worker.interrupt();
                    worker.join(5_000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    public boolean isLeader() {
        return leader;
    }

    /** Whether the relay's thread is there to publish: false once it died of an error nothing caught. */
    public boolean isAlive() {
        Thread thread = worker;
        return running && thread != null && thread.isAlive();
    }

    /** When the relay last acknowledged events or found none to send. */
    public Instant lastProgress() {
        return lastProgress;
    }

    private void run() {
        while (running) {
            try (Connection connection = dataSource.getConnection();
                 Producer<String, byte[]> producer = producers.get()) {
                connection.setAutoCommit(true);
                try {
                    leadAndPublish(connection, producer);
                } finally {
                    release(connection);
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("outbox relay interrupted, retrying in {}: {}", properties.pollInterval(), e.toString());
                    pause(properties.pollInterval());
                }
            } finally {
                leader = false;
            }
        }
    }

    private void leadAndPublish(Connection connection, Producer<String, byte[]> producer) throws SQLException {
        while (running && !tryLock(connection)) {
            pause(properties.pollInterval());
        }
        if (!running) return;
        leader = true;
        log.info("outbox relay is the leader for this database");
        try (Statement listen = connection.createStatement()) {
            listen.execute("LISTEN outbox");
        }
        PGConnection notifications = connection.unwrap(PGConnection.class);
        while (running) {
            int published = publishBatch(connection, producer);
            // a full batch means more are waiting; otherwise sleep until a commit notifies us
            if (published < properties.batchSize()) {
                notifications.getNotifications((int) properties.pollInterval().toMillis());
            }
        }
    }

    /**
     * The connection goes back to the pool, where its session (and so a session-level advisory lock) lives on:
     * give up leadership and notifications explicitly, or no relay could ever lead again.
     */
    private static void release(Connection connection) {
        try (Statement release = connection.createStatement()) {
            release.execute("UNLISTEN *");
            release.execute("SELECT pg_advisory_unlock_all()");
        } catch (SQLException broken) {
            // a broken connection's session is gone, and its lock with it
        }
    }

    private boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, LEADER_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private record Row(long seq, String id, String topic, String key, String type, String payload, String source,
                       Instant occurredAt, Instant createdAt, String traceparent, String tracestate) {
    }

    /** Sends the oldest unsent rows, waits for every ack, marks the acknowledged ones; returns how many were sent. */
    int publishBatch(Connection connection, Producer<String, byte[]> producer) throws SQLException {
        List<Row> rows = unsent(connection);
        if (rows.isEmpty()) {
            lastProgress = Instant.now();
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (Row row : rows) {
            acks.add(producer.send(toRecord(row)));
        }
        producer.flush();
        List<Long> acknowledged = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            try {
                acks.get(i).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                acknowledged.add(rows.get(i).seq());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                // stop at the first failure: later rows of the same key must not be marked ahead of it
                log.warn("outbox event {} not acknowledged, will resend: {}", rows.get(i).id(), e.toString());
                break;
            }
        }
        markSent(connection, acknowledged);
        Instant now = Instant.now();
        if (!acknowledged.isEmpty()) lastProgress = now;
        for (int i = 0; i < acknowledged.size(); i++) {
            addedLatency.record(Duration.between(rows.get(i).createdAt(), now));
        }
        sent.increment(acknowledged.size());
        return acknowledged.size();
    }

    private List<Row> unsent(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT seq, id, aggregatetype, aggregateid, type, payload::text, source, occurred_at, created_at,
                       traceparent, tracestate
                FROM outbox WHERE sent_at IS NULL ORDER BY seq LIMIT ?""")) {
            select.setInt(1, properties.batchSize());
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getTimestamp(8).toInstant(), rs.getTimestamp(9).toInstant(), rs.getString(10),
                            rs.getString(11)));
                }
            }
            return rows;
        }
    }

    private static ProducerRecord<String, byte[]> toRecord(Row row) {
        var record = new ProducerRecord<>(row.topic(), row.key(), row.payload().getBytes(StandardCharsets.UTF_8));
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.ID, row.id());
        header(record, CloudEventHeaders.TYPE, row.type());
        header(record, CloudEventHeaders.SOURCE, row.source());
        header(record, CloudEventHeaders.SUBJECT, row.key());
        header(record, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(row.occurredAt()));
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        // CloudEvents' distributed tracing extension in Kafka binary mode: the W3C headers of the appending span
        if (row.traceparent() != null) header(record, TraceContext.TRACEPARENT, row.traceparent());
        if (row.tracestate() != null) header(record, TraceContext.TRACESTATE, row.tracestate());
        return record;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private static void markSent(Connection connection, List<Long> seqs) throws SQLException {
        if (seqs.isEmpty()) return;
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox SET sent_at = clock_timestamp() WHERE seq = ANY (?)")) {
            update.setArray(1, connection.createArrayOf("bigint", seqs.toArray()));
            update.executeUpdate();
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
