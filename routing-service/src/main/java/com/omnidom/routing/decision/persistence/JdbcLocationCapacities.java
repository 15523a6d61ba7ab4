package com.omnidom.routing.decision.persistence;

import com.omnidom.routing.decision.domain.LocationCapacities;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;

/**
 * {@link LocationCapacities} decided by the database: the reserving UPDATE compares with the location's capacity in
 * the same statement, so concurrent routings (any instance) never pass it. The row stays locked until the routing
 * transaction ends, which orders competing reservations.
 */
@Repository
class JdbcLocationCapacities implements LocationCapacities {

    private final JdbcTemplate jdbc;

    JdbcLocationCapacities(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true when one more order of {@code units} fits into the location's capacity of that day, and is counted */
    public boolean reserve(String locationId, LocalDate day, int units) {
        jdbc.update("INSERT INTO capacity_use (location_id, day) VALUES (?, ?) ON CONFLICT DO NOTHING", locationId, day);
        return jdbc.update("""
                UPDATE capacity_use c SET orders = c.orders + 1, units = c.units + ?
                FROM location_replica l
                WHERE c.location_id = ? AND c.day = ? AND l.location_id = c.location_id
                  AND (l.orders_per_day IS NULL OR c.orders + 1 <= l.orders_per_day)
                  AND (l.units_per_day IS NULL OR c.units + ? <= l.units_per_day)""",
                units, locationId, day, units) == 1;
    }

    /**
     * Gives back {@code orders} (0 or 1) and {@code units}: a cancel that leaves lines frees units only. Conditional, so
     * a release never takes the day below zero (e.g. a day whose use was never counted); @return whether it was counted
     */
    public boolean release(String locationId, LocalDate day, int orders, int units) {
        return jdbc.update("""
                UPDATE capacity_use SET orders = orders - ?, units = units - ?
                WHERE location_id = ? AND day = ? AND orders >= ? AND units >= ?""",
                orders, units, locationId, day, orders, units) == 1;
    }

    /** Counts an operator's assignment even beyond the location's capacity (a fence the operator may override). */
    public void reserveRegardless(String locationId, LocalDate day, int units) {
        jdbc.update("""
                INSERT INTO capacity_use (location_id, day, orders, units) VALUES (?, ?, 1, ?)
                ON CONFLICT (location_id, day) DO UPDATE SET orders = capacity_use.orders + 1, units = capacity_use.units + EXCLUDED.units""",
                locationId, day, units);
    }
}
