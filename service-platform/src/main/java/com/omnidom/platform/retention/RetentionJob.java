package com.omnidom.platform.retention;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Deletes what the retention rules say is old, every {@code omnidom.retention.interval}, on one instance per service
 * (the holder of a PostgreSQL advisory lock; the others skip the run). Deletes in batches of
 * {@code omnidom.retention.batch-size} rows, each its own transaction, so no lock is held long and a backlog of
 * months drains without one huge DELETE. Each rule's column needs an index, or every batch scans the table.
 */
public class RetentionJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    /** Advisory lock key: one purging instance per database, i.e. per service. */
    static final long LEADER_LOCK = 0x7265_7465_6e74L; // "retent"

    private final DataSource dataSource;
    private final RetentionProperties properties;
    private final MeterRegistry meters;
    private ScheduledExecutorService scheduler;

    public RetentionJob(DataSource dataSource, RetentionProperties properties, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.meters = meters;
    }

    /**
     * One run: every rule until nothing old is left; returns the rows deleted per table, or an empty map when
     * another instance holds the lock.
     */
    public Map<String, Long> purge() {
        Map<String, Long> deleted = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!lock(connection, "SELECT pg_try_advisory_lock(?)")) return deleted;
            try {
                for (RetentionProperties.Rule rule : properties.rules().values()) {
                    deleted.merge(rule.table(), purge(connection, rule), Long::sum);
                }
            } finally {
                lock(connection, "SELECT pg_advisory_unlock(?)");
            }
        } catch (SQLException | RuntimeException e) {
            // never thrown: the scheduler would silently stop running the job
            log.warn("retention run failed, next run in {}: {}", properties.interval(), e.toString());
        }
        return deleted;
    }

    private long purge(Connection connection, RetentionProperties.Rule rule) throws SQLException {
        Counter counter = Counter.builder("omnidom.retention.deleted").tag("table", rule.table())
                .description("Rows deleted by the retention rules").register(meters);
        long total = 0;
        try (PreparedStatement delete = connection.prepareStatement(rule.deleteBatch())) {
            delete.setLong(1, rule.keep().toSeconds());
            delete.setInt(2, properties.batchSize());
            int batch;
            do {
                batch = delete.executeUpdate();
                total += batch;
                counter.increment(batch);
            } while (batch == properties.batchSize());
        }
        if (total > 0) log.info("retention deleted {} rows of {} older than {}", total, rule.table(), rule.keep());
        return total;
    }

    private static boolean lock(Connection connection, String sql) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(sql)) {
            lock.setLong(1, LEADER_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /**
     * Fails the start when a rule cannot run (a table, column or condition that does not exist or does not parse): a
     * typo would otherwise never delete a row. Runs each rule's DELETE for no rows.
     */
    void checkRules() {
        List<String> broken = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            for (var rule : properties.rules().entrySet()) {
                try (PreparedStatement delete = connection.prepareStatement(rule.getValue().deleteBatch())) {
                    delete.setLong(1, rule.getValue().keep().toSeconds());
                    delete.setInt(2, 0);
                    delete.executeUpdate();
                } catch (SQLException e) {
                    broken.add(rule.getKey() + ": " + e.getMessage());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the retention rules", e);
        }
        if (!broken.isEmpty()) throw new IllegalStateException("omnidom.retention.rules cannot run: " + broken);
    }

    @Override
    public boolean isAutoStartup() {
        return properties.enabled();
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) return;
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("retention").daemon().factory());
        long every = properties.interval().toMillis();
        scheduler.scheduleWithFixedDelay(this::purge, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler == null) return;
        scheduler.shutdownNow();
        scheduler = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
