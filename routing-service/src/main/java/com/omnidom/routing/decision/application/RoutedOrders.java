package com.omnidom.routing.decision.application;

import com.omnidom.routing.decision.domain.GeoPoint;
import com.omnidom.routing.decision.domain.RoutedOrder;
import com.omnidom.routing.fulfillment.domain.FulfillmentMode;
import com.omnidom.routing.fulfillment.domain.LineQuantity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The accepted orders routing has seen: their delivery and lines, for re-routing. */
@Repository
public class RoutedOrders {

    private static final TypeReference<List<LineQuantity>> LINES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public RoutedOrders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the order is known already (a re-published OrderAccepted): it is routed once */
    public boolean insertIfAbsent(RoutedOrder order, Instant acceptedAt) {
        GeoPoint geo = order.destination();
        return jdbc.update("""
                INSERT INTO routed_order (order_id, mode, latitude, longitude, pickup_location_id, priority, lines, accepted_at)
                VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)
                ON CONFLICT (order_id) DO NOTHING""",
                order.orderId(), order.mode().name(), geo == null ? null : geo.latitude(), geo == null ? null : geo.longitude(),
                order.pickupLocationId(), order.priority(), json.writeValueAsString(order.lines()),
                Timestamp.from(acceptedAt)) == 1;
    }

    public Optional<RoutedOrder> find(UUID orderId) {
        return jdbc.query("""
                SELECT order_id, mode, latitude, longitude, pickup_location_id, priority, lines
                FROM routed_order WHERE order_id = ?""", (rs, n) -> {
            double latitude = rs.getDouble("latitude");
            GeoPoint geo = rs.wasNull() ? null : new GeoPoint(latitude, rs.getDouble("longitude"));
            return new RoutedOrder(rs.getObject("order_id", UUID.class), FulfillmentMode.valueOf(rs.getString("mode")), geo,
                    rs.getString("pickup_location_id"), rs.getBoolean("priority"), json.readValue(rs.getString("lines"), LINES));
        }, orderId).stream().findFirst();
    }
}
