package com.omnidom.routing.replica.application;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Keeps the replicas at the highest version seen per key. Each upsert is one statement that only overwrites an
 * older version, so redelivery, replays of the compacted topics and several instances writing at once are all
 * harmless: no inbox is needed.
 */
@Service
public class Replicas {

    private final JdbcTemplate jdbc;

    public Replicas(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the stored version was the same or newer, so nothing changed */
    public boolean noteLocationChanged(ReplicaLocation location) {
        String capabilities = "{" + String.join(",", location.capabilities()) + "}";
        return jdbc.update("""
                INSERT INTO location_replica (location_id, type, latitude, longitude, time_zone, capabilities,
                                              orders_per_day, units_per_day, active, version, updated_at)
                VALUES (?, ?, ?, ?, ?, CAST(? AS text[]), ?, ?, ?, ?, now())
                ON CONFLICT (location_id) DO UPDATE SET
                    type = EXCLUDED.type, latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude,
                    time_zone = EXCLUDED.time_zone, capabilities = EXCLUDED.capabilities,
                    orders_per_day = EXCLUDED.orders_per_day, units_per_day = EXCLUDED.units_per_day,
                    active = EXCLUDED.active, version = EXCLUDED.version, updated_at = now()
                WHERE location_replica.version < EXCLUDED.version""",
                location.locationId(), location.type(), location.latitude(), location.longitude(), location.timeZone(),
                capabilities, location.ordersPerDay(), location.unitsPerDay(), location.active(), location.version()) == 1;
    }

    /** @return false when the stored version was the same or newer, so nothing changed */
    public boolean noteAvailabilityChanged(String sku, String locationId, int available, long version) {
        return jdbc.update("""
                INSERT INTO availability_replica (sku, location_id, available, version, updated_at)
                VALUES (?, ?, ?, ?, now())
                ON CONFLICT (sku, location_id) DO UPDATE SET
                    available = EXCLUDED.available, version = EXCLUDED.version, updated_at = now()
                WHERE availability_replica.version < EXCLUDED.version""",
                sku, locationId, Math.max(0, available), version) == 1;
    }
}
