package com.omnidom.routing.decision.persistence;

import com.omnidom.routing.decision.domain.Exclusions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** {@link Exclusions} in PostgreSQL, one row per order and location. */
@Repository
class JdbcExclusions implements Exclusions {

    private final JdbcTemplate jdbc;

    JdbcExclusions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void exclude(UUID orderId, String locationId, String reason) {
        jdbc.update("""
                INSERT INTO order_exclusion (order_id, location_id, reason) VALUES (?, ?, ?)
                ON CONFLICT (order_id, location_id) DO NOTHING""", orderId, locationId, reason);
    }

    public Set<String> of(UUID orderId) {
        return new HashSet<>(jdbc.queryForList("SELECT location_id FROM order_exclusion WHERE order_id = ?",
                String.class, orderId));
    }
}
