package com.omnidom.platform.parking;

import com.omnidom.platform.consumer.ConsumerBindings;
import com.omnidom.platform.consumer.EventDispatcher;
import com.omnidom.platform.consumer.ParkedKeys;
import com.omnidom.platform.consumer.StoredRecord;
import com.omnidom.platform.deadletter.DeadLetters;
import com.omnidom.platform.events.PermanentEventFailure;
import com.omnidom.platform.kafka.Failures;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The parking lot of this service's consumer group, table {@code parked_event}: an event waiting for a prerequisite
 * from another topic is parked instead of blocking its partition, and so is every later event of the same topic and
 * key while that key has parked events (per-key order). A key's parked events are replayed in order, through the
 * dispatcher and so through the inbox, when the consumer applies another event with that key (usually the
 * prerequisite itself), and by a scheduled pass with back-off per key. Replay of a topic's events of a key stops at the
 * first one that still waits. Two instances never replay one key at once: a session advisory lock per key.
 */
public class ParkedEvents implements ParkedKeys, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ParkedEvents.class);

    /** Columns of a parked row the replay reads. */
    private static final String ROW = "id, attempts, topic, kafka_partition, kafka_offset, record_key, headers, payload";

    private record Parked(long id, int attempts, StoredRecord record) {
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ObjectProvider<EventDispatcher> dispatcher;
    private final DeadLetters deadLetters;
    private final String consumer;
    private final ParkingProperties properties;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService replayer;
    private long lastWarning;
    private MeterRegistry meters;

    public ParkedEvents(DataSource dataSource, ObjectProvider<EventDispatcher> dispatcher, DeadLetters deadLetters,
                        String consumer, ParkingProperties properties) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.dispatcher = dispatcher;
        this.deadLetters = deadLetters;
        this.consumer = consumer;
        this.properties = properties;
    }

    /**
     * Parked events and the age of the oldest, read from the table at scrape time; and a counter of the prerequisite
     * waits (events parked), by topic, exported from the start at 0 for every consumed topic.
     */
    public void registerGauges(MeterRegistry meters, Collection<String> topics) {
        this.meters = meters;
        topics.forEach(this::parkedCounter);
        Gauge.builder("omnidom.parked.events", () -> number(
                        "SELECT count(*) FROM parked_event WHERE consumer = ?"))
                .description("Events parked by this service's consumer, waiting for a prerequisite").register(meters);
        Gauge.builder("omnidom.parked.oldest.age", () -> number("""
                        SELECT coalesce(extract(epoch FROM clock_timestamp() - min(parked_at)), 0)
                        FROM parked_event WHERE consumer = ?"""))
                .description("Age of the oldest parked event").baseUnit("seconds").register(meters);
    }

    private Counter parkedCounter(String topic) {
        return Counter.builder("omnidom.events.parked").description("Events parked to wait for a prerequisite")
                .tag("topic", topic).register(meters);
    }

    private double number(String sql) {
        try {
            return jdbc.sql(sql).param(consumer).query(Number.class).single().doubleValue();
        } catch (DataAccessException unavailable) {
            return Double.NaN;
        }
    }

    /** Parks a record; a record parked before (redelivered) is not parked twice. */
    public void park(StoredRecord record, String reason) {
        int parked = jdbc.sql("""
                        INSERT INTO parked_event (consumer, topic, kafka_partition, kafka_offset, record_key, event_id,
                                                  ce_type, headers, payload, reason, next_attempt_at)
                        VALUES (:consumer, :topic, :partition, :offset, :key, :eventId, :ceType, CAST(:headers AS jsonb),
                                :payload, :reason, clock_timestamp() + :delay * interval '1 millisecond')
                        ON CONFLICT (consumer, topic, kafka_partition, kafka_offset) DO NOTHING""")
                .param("consumer", consumer).param("topic", record.topic())
                .param("partition", record.partition()).param("offset", record.offset())
                .param("key", record.key()).param("eventId", record.eventId()).param("ceType", record.ceType())
                .param("headers", record.headersJson()).param("payload", record.payload())
                .param("reason", reason == null ? "waits" : reason)
                .param("delay", properties.backOff(0).toMillis())
                .update();
        if (parked == 1) {
            if (meters != null) parkedCounter(record.topic()).increment();
            log.info("{}-{}@{} (key {}) parked: {}", record.topic(), record.partition(), record.offset(), record.key(),
                    reason);
        }
    }

    @Override
    public Set<String> topicsWaiting(String key) {
        if (key == null) return Set.of();
        return new HashSet<>(jdbc.sql("SELECT DISTINCT topic FROM parked_event WHERE consumer = ? AND record_key = ?")
                .param(consumer).param(key).query(String.class).list());
    }

    @Override
    public void replaySoon(String key) {
        ScheduledExecutorService executor = replayer;
        if (key == null || executor == null || !pending.add(key)) return;
        executor.execute(() -> {
            pending.remove(key);
            replay(key);
        });
    }

    /** Replays the keys whose first waiting event is due (the scheduled pass). */
    void replayDue() {
        try {
            List<String> keys = jdbc.sql("""
                            SELECT DISTINCT record_key FROM (
                                SELECT DISTINCT ON (topic, record_key) record_key, next_attempt_at FROM parked_event
                                WHERE consumer = ? ORDER BY topic, record_key, id) head
                            WHERE next_attempt_at <= clock_timestamp() LIMIT 100""")
                    .param(consumer).query(String.class).list();
            keys.forEach(this::replay);
        } catch (RuntimeException e) {
            warn("parked events not replayed now", e);
        }
    }

    /**
     * Replays the parked events of one key in order, each topic's up to its first that still waits; a replayed event
     * that can never be applied becomes a dead letter. Skipped while another instance replays the key.
     */
    public void replay(String key) {
        try (Connection lock = dataSource.getConnection()) {
            if (!advisory(lock, "pg_try_advisory_lock", key)) return;
            try {
                Set<String> blocked = new HashSet<>();
                for (Parked parked : rowsOf(key)) {
                    if (!blocked.contains(parked.record().topic()) && !replay(parked)) blocked.add(parked.record().topic());
                }
            } finally {
                advisory(lock, "pg_advisory_unlock", key);
            }
        } catch (SQLException | RuntimeException e) {
            warn("parked events of key " + key + " not replayed now", e);
        }
    }

    private List<Parked> rowsOf(String key) {
        return jdbc.sql("SELECT " + ROW + " FROM parked_event WHERE consumer = ? AND record_key IS NOT DISTINCT FROM ?"
                        + " ORDER BY id")
                .param(consumer).param(key)
                .query((rs, n) -> new Parked(rs.getLong("id"), rs.getInt("attempts"), StoredRecord.read(rs))).list();
    }

    /** @return false when the event still waits (the events behind it on its topic wait too) */
    private boolean replay(Parked parked) {
        StoredRecord record = parked.record();
        EventDispatcher events = dispatcher.getObject();
        try {
            ConsumerBindings.Binding binding = events.bindingOf(record.topic()).orElseThrow(() ->
                    new PermanentEventFailure(record.topic() + " is no longer consumed by " + consumer));
            events.dispatch(binding, record.toMessage());
        } catch (RuntimeException failure) {
            if (Failures.of(failure) != Failures.PERMANENT) {
                backOff(parked, failure);
                return false;
            }
            deadLetters.write(record, failure);
        }
        jdbc.sql("DELETE FROM parked_event WHERE id = ?").param(parked.id()).update();
        log.info("{}-{}@{} (key {}) replayed from the parking lot", record.topic(), record.partition(),
                record.offset(), record.key());
        return true;
    }

    private void backOff(Parked parked, RuntimeException failure) {
        int attempts = jdbc.sql("""
                        UPDATE parked_event SET attempts = attempts + 1, last_error = ?,
                               next_attempt_at = clock_timestamp() + ? * interval '1 millisecond'
                        WHERE id = ? RETURNING attempts""")
                .param(failure.toString())
                .param(properties.backOff(parked.attempts() + 1).toMillis())
                .param(parked.id())
                .query(Integer.class).optional().orElse(0);
        log.debug("parked event {} still waits (attempt {}): {}", parked.id(), attempts, failure.toString());
    }

    private boolean advisory(Connection connection, String function, String key) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT " + function + "(hashtextextended('omnidom-parked/' || ? || '/' || coalesce(?, ''), 0))")) {
            lock.setString(1, consumer);
            lock.setString(2, key);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    // an unreachable database is reported, but not on every pass
    private void warn(String what, Exception e) {
        long now = System.nanoTime();
        if (now - lastWarning > Duration.ofMinutes(1).toNanos() || lastWarning == 0) {
            lastWarning = now;
            log.warn("{}: {}", what, e.toString());
        }
    }

    @Override
    public synchronized void start() {
        if (replayer != null) return;
        replayer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "omnidom-parked-replay");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.replayInterval().toMillis();
        replayer.scheduleWithFixedDelay(this::replayDue, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (replayer == null) return;
        replayer.shutdownNow();
        replayer = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return replayer != null;
    }
}
