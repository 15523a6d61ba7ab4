package com.omnidom.routing.decision.persistence;

import com.omnidom.routing.decision.domain.LocationCapacities;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

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

    public Map<String, Double> usedRatios(Instant now) {
        LocalDate utcDay = LocalDate.ofInstant(now, ZoneOffset.UTC);
        // a location's local day is at most one day off UTC's; its own day is picked below
        Map<String, Map<LocalDate, int[]>> used = new HashMap<>();
        jdbc.query("SELECT location_id, day, orders, units FROM capacity_use WHERE day BETWEEN ? AND ?",
                rs -> {
                    used.computeIfAbsent(rs.getString("location_id"), k -> new HashMap<>())
                            .put(rs.getObject("day", LocalDate.class), new int[]{rs.getInt("orders"), rs.getInt("units")});
                }, utcDay.minusDays(1), utcDay.plusDays(1));
        Map<String, Double> ratios = new TreeMap<>();
        jdbc.query("""
                SELECT location_id, time_zone, orders_per_day, units_per_day FROM location_replica
                WHERE active AND (orders_per_day IS NOT NULL OR units_per_day IS NOT NULL)""", rs -> {
            String id = rs.getString("location_id");
            LocalDate day = LocalDate.ofInstant(now, JdbcRoutingCandidates.zone(rs.getString("time_zone")));
            int[] use = used.getOrDefault(id, Map.of()).getOrDefault(day, new int[]{0, 0});
            Integer ordersPerDay = rs.getObject("orders_per_day", Integer.class);
            Integer unitsPerDay = rs.getObject("units_per_day", Integer.class);
            ratios.put(id, Math.max(ratio(use[0], ordersPerDay), ratio(use[1], unitsPerDay)));
        });
        return ratios;
    }

    private static double ratio(int used, Integer capacity) {
        if (capacity == null) return 0;
        if (capacity <= 0) return 1; // a day without capacity (closed) has none left
        return (double) used / capacity;
    }

    /** Counts an operator's assignment even beyond the location's capacity (a fence the operator may override). */
    public void reserveRegardless(String locationId, LocalDate day, int units) {
        jdbc.update("""
                INSERT INTO capacity_use (location_id, day, orders, units) VALUES (?, ?, 1, ?)
                ON CONFLICT (location_id, day) DO UPDATE SET orders = capacity_use.orders + 1, units = capacity_use.units + EXCLUDED.units""",
                locationId, day, units);
    }
}
