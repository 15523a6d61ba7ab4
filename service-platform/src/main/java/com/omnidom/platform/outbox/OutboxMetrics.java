package com.omnidom.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Backlog and lag of the outbox, read from the table at scrape time so every instance reports the truth. */
public final class OutboxMetrics {

    private OutboxMetrics() {
    }

    public static void register(MeterRegistry meters, JdbcTemplate jdbc) {
        Gauge.builder("omnidom.outbox.backlog", () -> query(jdbc, "SELECT count(*) FROM outbox WHERE sent_at IS NULL"))
                .description("Events committed but not yet acknowledged by Kafka").register(meters);
        Gauge.builder("omnidom.outbox.lag", () -> query(jdbc, """
                        SELECT coalesce(extract(epoch FROM clock_timestamp() - min(created_at)), 0)
                        FROM outbox WHERE sent_at IS NULL"""))
                .description("Age of the oldest unsent event").baseUnit("seconds").register(meters);
    }

    private static double query(JdbcTemplate jdbc, String sql) {
        try {
            Number n = jdbc.queryForObject(sql, Number.class);
            return n == null ? 0 : n.doubleValue();
        } catch (DataAccessException unavailable) {
            return Double.NaN;
        }
    }
}
