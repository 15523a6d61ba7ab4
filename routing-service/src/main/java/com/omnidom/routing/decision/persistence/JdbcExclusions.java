package com.omnidom.routing.decision.application;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Locations an order must not go to again, because they failed its allocation or rejected it. */
@Repository
public class Exclusions {

    private final JdbcTemplate jdbc;

    public Exclusions(JdbcTemplate jdbc) {
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
