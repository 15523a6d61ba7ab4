package com.omnidom.routing.replica.application;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the replicas at the highest version seen per key. Each upsert is one statement that only overwrites an
 * older version, so redelivery, replays of the compacted topics and several instances writing at once are all
 * harmless: no inbox is needed. A newer availability is announced in-process ({@link AvailabilityNoted}) so lines
 * waiting for that article are tried again.
 */
@Service
public class Replicas {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final JsonMapper json = JsonMapper.builder().build();

    public Replicas(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** @return false when the stored version was the same or newer, so nothing changed */
    public boolean noteLocationChanged(ReplicaLocation location) {
        String capabilities = "{" + String.join(",", location.capabilities()) + "}";
        return jdbc.update("""
                INSERT INTO location_replica (location_id, type, latitude, longitude, time_zone, capabilities,
                                              orders_per_day, units_per_day, active, version, cost_currency,
                                              cost_per_shipment, cost_per_unit, distance_bands, partner_id, updated_at)
                VALUES (?, ?, ?, ?, ?, CAST(? AS text[]), ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, now())
                ON CONFLICT (location_id) DO UPDATE SET
                    type = EXCLUDED.type, latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude,
                    time_zone = EXCLUDED.time_zone, capabilities = EXCLUDED.capabilities,
                    orders_per_day = EXCLUDED.orders_per_day, units_per_day = EXCLUDED.units_per_day,
                    active = EXCLUDED.active, version = EXCLUDED.version, cost_currency = EXCLUDED.cost_currency,
                    cost_per_shipment = EXCLUDED.cost_per_shipment,
                    cost_per_unit = EXCLUDED.cost_per_unit, distance_bands = EXCLUDED.distance_bands,
                    partner_id = EXCLUDED.partner_id, updated_at = now()
                WHERE location_replica.version < EXCLUDED.version""",
                location.locationId(), location.type(), location.latitude(), location.longitude(), location.timeZone(),
                capabilities, location.ordersPerDay(), location.unitsPerDay(), location.active(), location.version(),
                location.costCurrency(), location.costPerShipment(), location.costPerUnit(), json.writeValueAsString(location.distanceBands()),
                location.partnerId()) == 1;
    }

    /** Plain stock: nothing reserved, no safety stock, nothing in transit. */
    public boolean noteAvailabilityChanged(String sku, String locationId, int available, long version) {
        return noteAvailabilityChanged(new ReplicaAvailability(sku, locationId, available, version, 0, 0, List.of(), List.of(),
                false));
    }

    /** @return false when the stored version was the same or newer, so nothing changed */
    public boolean noteAvailabilityChanged(ReplicaAvailability a) {
        // the figure before, read in the same statement: a decrease must not wake the lines that wait for stock
        List<int[]> before = jdbc.query("""
                WITH previous AS (
                    SELECT available, unlimited,
                           (SELECT coalesce(sum((t ->> 'quantity')::int), 0) FROM jsonb_array_elements(in_transit) t) AS in_transit
                    FROM availability_replica WHERE sku = ? AND location_id = ?)
                INSERT INTO availability_replica (sku, location_id, available, version, reserved, safety_stock, reservations,
                                                  in_transit, unlimited, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, now())
                ON CONFLICT (sku, location_id) DO UPDATE SET
                    available = EXCLUDED.available, version = EXCLUDED.version, reserved = EXCLUDED.reserved,
                    safety_stock = EXCLUDED.safety_stock, reservations = EXCLUDED.reservations,
                    in_transit = EXCLUDED.in_transit, unlimited = EXCLUDED.unlimited, updated_at = now()
                WHERE availability_replica.version < EXCLUDED.version
                RETURNING (SELECT available FROM previous), (SELECT unlimited::int FROM previous),
                          (SELECT in_transit FROM previous), (SELECT count(*) FROM previous)""",
                (rs, n) -> new int[]{rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)},
                a.sku(), a.locationId(),
                a.sku(), a.locationId(), Math.max(0, a.available()), a.version(), Math.max(0, a.reserved()),
                Math.max(0, a.safetyStock()), json.writeValueAsString(a.reservations()), json.writeValueAsString(a.inTransit()),
                a.unlimited());
        if (before.isEmpty()) return false;
        int[] was = before.getFirst();
        int available = Math.max(0, a.available());
        boolean grew = new AvailabilityFigures(available, a.unlimited(), a.inTransitUnits())
                .grewFrom(was[3] == 0 ? null : new AvailabilityFigures(was[0], was[1] == 1, was[2]));
        events.publishEvent(new AvailabilityNoted(a.sku(), a.locationId(), available, a.unlimited(), a.inTransitUnits(),
                grew));
        return true;
    }

    /** An article at a location. */
    public record SkuAt(String sku, String locationId) {
    }

    /** The replica's figures of these SKUs at every location that has one. */
    public Map<SkuAt, AvailabilityFigures> figures(Collection<String> skus) {
        Map<SkuAt, AvailabilityFigures> figures = new HashMap<>();
        if (skus.isEmpty()) return figures;
        jdbc.query("""
                SELECT sku, location_id, available, unlimited,
                       (SELECT coalesce(sum((t ->> 'quantity')::int), 0) FROM jsonb_array_elements(in_transit) t) AS in_transit
                FROM availability_replica WHERE sku = ANY (?)""",
                rs -> {
                    figures.put(new SkuAt(rs.getString("sku"), rs.getString("location_id")),
                            new AvailabilityFigures(rs.getInt("available"), rs.getBoolean("unlimited"), rs.getInt("in_transit")));
                }, (Object) skus.toArray(String[]::new));
        return figures;
    }

    /** The location's type as the catalog sent it (e.g. WAREHOUSE, STORE), or empty when routing has not seen it. */
    public Optional<String> locationType(String locationId) {
        return jdbc.queryForList("SELECT type FROM location_replica WHERE location_id = ?", String.class, locationId)
                .stream().findFirst();
    }
}
