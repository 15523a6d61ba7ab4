package com.omnidom.routing.decision.application;

import com.omnidom.routing.decision.domain.Candidate;
import com.omnidom.routing.decision.domain.GeoPoint;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the candidates for a decision from the replicas: every location holding any of the order's SKUs, with
 * its stock of them and the capacity it has left on its own local day. Available stock is the replica's
 * figure as inventory published it; routing does not subtract its own recent assignments, because inventory
 * decides every allocation and a failed one comes back as {@code StockAllocationFailed} and is re-routed.
 */
@Repository
public class RoutingCandidates {

    private final NamedParameterJdbcTemplate jdbc;

    public RoutingCandidates(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Candidates and, per location, the local day whose capacity a reservation would use. */
    public record Loaded(List<Candidate> candidates, Map<String, LocalDate> days) {

        public List<Candidate> without(Set<String> locationIds) {
            return candidates.stream().filter(c -> !locationIds.contains(c.locationId())).toList();
        }
    }

    private record Row(String locationId, Double latitude, Double longitude, String timeZone, List<String> capabilities,
                       boolean active, Integer ordersPerDay, Integer unitsPerDay) {
    }

    public Loaded load(Collection<String> skus, Instant now) {
        if (skus.isEmpty()) return new Loaded(List.of(), Map.of());
        Map<String, Row> locations = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> stock = new HashMap<>();
        jdbc.query("""
                SELECT l.location_id, l.latitude, l.longitude, l.time_zone, l.capabilities, l.active,
                       l.orders_per_day, l.units_per_day, a.sku, a.available
                FROM availability_replica a JOIN location_replica l ON l.location_id = a.location_id
                WHERE a.sku IN (:skus) AND a.available > 0
                ORDER BY l.location_id""", new MapSqlParameterSource("skus", skus), rs -> {
            String id = rs.getString("location_id");
            if (!locations.containsKey(id)) {
                double latitude = rs.getDouble("latitude");
                Double lat = rs.wasNull() ? null : latitude;
                double longitude = rs.getDouble("longitude");
                Double lon = rs.wasNull() ? null : longitude;
                int orders = rs.getInt("orders_per_day");
                Integer ordersPerDay = rs.wasNull() ? null : orders;
                int units = rs.getInt("units_per_day");
                Integer unitsPerDay = rs.wasNull() ? null : units;
                List<String> capabilities = Arrays.asList((String[]) rs.getArray("capabilities").getArray());
                locations.put(id, new Row(id, lat, lon, rs.getString("time_zone"), capabilities, rs.getBoolean("active"),
                        ordersPerDay, unitsPerDay));
            }
            stock.computeIfAbsent(id, k -> new HashMap<>()).put(rs.getString("sku"), rs.getInt("available"));
        });
        if (locations.isEmpty()) return new Loaded(List.of(), Map.of());

        Map<String, LocalDate> days = new HashMap<>();
        locations.values().forEach(l -> days.put(l.locationId(), LocalDate.ofInstant(now, zone(l.timeZone()))));
        Map<String, int[]> used = new HashMap<>();
        jdbc.query("""
                SELECT location_id, day, orders, units FROM capacity_use
                WHERE location_id IN (:ids) AND day IN (:days)""",
                new MapSqlParameterSource("ids", locations.keySet())
                        .addValue("days", days.values().stream().distinct().map(Date::valueOf).toList()), rs -> {
                    String id = rs.getString("location_id");
                    if (rs.getDate("day").toLocalDate().equals(days.get(id))) {
                        used.put(id, new int[]{rs.getInt("orders"), rs.getInt("units")});
                    }
                });

        List<Candidate> candidates = new ArrayList<>();
        for (Row l : locations.values()) {
            int[] use = used.getOrDefault(l.locationId(), new int[]{0, 0});
            GeoPoint geo = l.latitude() == null || l.longitude() == null ? null : new GeoPoint(l.latitude(), l.longitude());
            candidates.add(new Candidate(l.locationId(), geo, l.active(), Set.copyOf(l.capabilities()), stock.get(l.locationId()),
                    l.ordersPerDay() == null ? null : Math.max(0, l.ordersPerDay() - use[0]),
                    l.unitsPerDay() == null ? null : Math.max(0, l.unitsPerDay() - use[1])));
        }
        return new Loaded(candidates, days);
    }

    private static ZoneId zone(String timeZone) {
        if (timeZone == null) return ZoneOffset.UTC;
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }
}
