package com.omnidom.platform.health;

import com.omnidom.platform.outbox.OutboxProperties;
import com.omnidom.platform.outbox.OutboxRelay;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * DOWN when this instance should relay and cannot: its relay thread died, or it leads and the oldest unsent event is
 * older than {@code omnidom.outbox.stuck-after} while the relay has not made progress (an ack, or an empty backlog)
 * for as long. A backlog that drains, however large, is progress; only a relay that publishes nothing is stuck.
 */
public class OutboxHealthIndicator implements HealthIndicator {

    private final OutboxRelay relay;
    private final JdbcTemplate jdbc;
    private final OutboxProperties properties;

    public OutboxHealthIndicator(OutboxRelay relay, JdbcTemplate jdbc, OutboxProperties properties) {
        this.relay = relay;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public Health health() {
        if (!properties.relayEnabled()) return Health.up().withDetail("relay", "disabled on this instance").build();
        if (!relay.isAlive()) return Health.down().withDetail("relay", "thread not running").build();
        if (!relay.isLeader()) return Health.up().withDetail("relay", "standby").build();
        Duration stuckAfter = properties.stuckAfter();
        Instant progress = relay.lastProgress();
        Duration oldest = oldestUnsentAge();
        boolean stuck = oldest != null && oldest.compareTo(stuckAfter) > 0
                && progress.isBefore(Instant.now().minus(stuckAfter));
        Health.Builder health = stuck ? Health.down() : Health.up();
        health.withDetail("relay", "leader").withDetail("lastProgress", progress.toString());
        if (oldest != null) health.withDetail("oldestUnsentAge", oldest.toString());
        return health.build();
    }

    /** Age by the database's clock, which stamped created_at; null without a backlog. */
    private Duration oldestUnsentAge() {
        List<Long> age = jdbc.queryForList("""
                SELECT (extract(epoch FROM clock_timestamp() - created_at) * 1000)::bigint
                FROM outbox WHERE sent_at IS NULL ORDER BY seq LIMIT 1""", Long.class);
        return age.isEmpty() ? null : Duration.ofMillis(age.getFirst());
    }
}
