package com.omnidom.routing.decision.persistence;

import com.omnidom.kernel.GeoPoint;
import com.omnidom.routing.decision.domain.RoutingCandidates;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import java.util.Optional;
import java.util.Set;

/**
 * {@link RoutingCandidates} from the replicas in PostgreSQL. Available stock is the replica's figure minus what
 * routing's own ASSIGNED fulfilments claim there, computed in the same statement.
 */
@Repository
class JdbcRoutingCandidates implements RoutingCandidates {

    private static final TypeReference<List<Reservation>> RESERVATIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<InTransit>> IN_TRANSIT = new TypeReference<>() {
    };
    private static final TypeReference<List<Band>> BANDS = new TypeReference<>() {
    };

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    JdbcRoutingCandidates(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Location> location(String locationId, Collection<String> skus, Instant now) {
        return load(skus, now, locationId).locations().stream().findFirst();
    }

    public Loaded load(Collection<String> skus, Instant now) {
        return load(skus, now, null);
    }

    public Loaded loadEverything(Instant now) {
        return load(null, now, null);
    }

    private Loaded load(Collection<String> skus, Instant now, String onlyLocation) {
        if (skus != null && skus.isEmpty() && onlyLocation == null) return new Loaded(List.of(), Map.of());
        Map<String, Location> locations = new LinkedHashMap<>();
        MapSqlParameterSource params = new MapSqlParameterSource("skus", skus == null || skus.isEmpty() ? List.of("") : skus)
                .addValue("unlimited", UNLIMITED).addValue("only", onlyLocation);
        String skuFilter = skus == null ? "" : " AND a.sku IN (:skus)";
        String where = onlyLocation != null ? "WHERE l.location_id = :only"
                : skus == null ? ""
                : "WHERE a.sku IS NOT NULL AND (a.available > 0 OR a.unlimited OR a.in_transit <> '[]'::jsonb OR a.reservations <> '[]'::jsonb)";
        jdbc.query("""
                SELECT l.location_id, l.type, l.latitude, l.longitude, l.time_zone, l.capabilities, l.active,
                       l.orders_per_day, l.units_per_day, l.cost_currency, l.cost_per_shipment, l.cost_per_unit, l.distance_bands::text AS bands,
                       a.sku, a.reservations::text AS reservations, a.in_transit::text AS in_transit,
                       CASE WHEN a.unlimited THEN :unlimited
                            ELSE GREATEST(0, a.available - coalesce((
                                SELECT sum((x ->> 'quantity')::int) FROM fulfillment_order f
                                CROSS JOIN jsonb_array_elements(f.lines) x
                                WHERE f.location_id = a.location_id AND f.status = 'ASSIGNED' AND x ->> 'sku' = a.sku), 0))
                       END AS available
                FROM location_replica l
                LEFT JOIN availability_replica a ON a.location_id = l.location_id""" + skuFilter + "\n" + where + " ORDER BY l.location_id", params, rs -> {
            String id = rs.getString("location_id");
            Location location = locations.get(id);
            if (location == null) {
                location = location(rs);
                locations.put(id, location);
            }
            String sku = rs.getString("sku");
            if (sku != null) {
                location.stock().put(sku, new SkuStock(rs.getInt("available"),
                        json.readValue(rs.getString("reservations"), RESERVATIONS),
                        json.readValue(rs.getString("in_transit"), IN_TRANSIT)));
            }
        });
        if (locations.isEmpty()) return new Loaded(List.of(), Map.of());

        Map<String, LocalDate> days = new HashMap<>();
        locations.values().forEach(l -> days.put(l.locationId(), LocalDate.ofInstant(now, l.zone())));
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

        List<Location> result = new ArrayList<>();
        for (Location l : locations.values()) {
            int[] use = used.getOrDefault(l.locationId(), new int[]{0, 0});
            result.add(new Location(l.locationId(), l.type(), l.geo(), l.zone(), l.capabilities(), l.active(),
                    l.ordersLeft() == null ? null : Math.max(0, l.ordersLeft() - use[0]),
                    l.unitsLeft() == null ? null : Math.max(0, l.unitsLeft() - use[1]),
                    l.costCurrency(), l.costPerShipment(), l.costPerUnit(), l.distanceBands(), Map.copyOf(l.stock())));
        }
        return new Loaded(result, days);
    }

    /** The location's columns; ordersLeft/unitsLeft hold the capacity per day until the use is subtracted. */
    private Location location(ResultSet rs) throws SQLException {
        double latitude = rs.getDouble("latitude");
        boolean noLatitude = rs.wasNull();
        double longitude = rs.getDouble("longitude");
        GeoPoint geo = noLatitude || rs.wasNull() ? null : new GeoPoint(latitude, longitude);
        int orders = rs.getInt("orders_per_day");
        Integer ordersPerDay = rs.wasNull() ? null : orders;
        int units = rs.getInt("units_per_day");
        Integer unitsPerDay = rs.wasNull() ? null : units;
        long perShipment = rs.getLong("cost_per_shipment");
        Long costPerShipment = rs.wasNull() ? null : perShipment;
        long perUnit = rs.getLong("cost_per_unit");
        Long costPerUnit = rs.wasNull() ? null : perUnit;
        return new Location(rs.getString("location_id"), rs.getString("type"), geo, zone(rs.getString("time_zone")),
                Arrays.asList((String[]) rs.getArray("capabilities").getArray()), rs.getBoolean("active"), ordersPerDay,
                unitsPerDay, rs.getString("cost_currency"), costPerShipment, costPerUnit, json.readValue(rs.getString("bands"), BANDS), new HashMap<>());
    }

    /** The location's zone; UTC when none or unknown (as the candidates' days are counted). */
    static ZoneId zone(String timeZone) {
        if (timeZone == null) return ZoneOffset.UTC;
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }
}
