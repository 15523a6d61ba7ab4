package com.omnidom.routing.decision.persistence;

import com.omnidom.kernel.GeoPoint;
import com.omnidom.routing.decision.domain.RoutedOrder;
import com.omnidom.routing.decision.domain.RoutedOrders;
import com.omnidom.routing.fulfillment.domain.FulfillmentMode;
import com.omnidom.routing.fulfillment.domain.LineQuantity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link RoutedOrders} in PostgreSQL: one row per order, lines and unit prices as JSONB. */
@Repository
class JdbcRoutedOrders implements RoutedOrders {

    private static final TypeReference<List<LineQuantity>> LINES = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Long>> PRICES = new TypeReference<>() {
    };
    private static final String COLUMNS = "order_id, mode, latitude, longitude, pickup_location_id, priority, channel, country, "
            + "lines, unit_prices, promise_date";

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();
    private final RowMapper<RoutedOrder> mapper = (rs, n) -> {
        double latitude = rs.getDouble("latitude");
        GeoPoint geo = rs.wasNull() ? null : new GeoPoint(latitude, rs.getDouble("longitude"));
        return new RoutedOrder(rs.getObject("order_id", UUID.class), FulfillmentMode.valueOf(rs.getString("mode")), geo,
                rs.getString("pickup_location_id"), rs.getBoolean("priority"), rs.getString("channel"),
                rs.getString("country"), json.readValue(rs.getString("lines"), LINES),
                json.readValue(rs.getString("unit_prices"), PRICES), rs.getObject("promise_date", LocalDate.class));
    };

    JdbcRoutedOrders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the order is known already (a re-published OrderAccepted): it is routed once */
    public boolean insertIfAbsent(RoutedOrder order, Instant acceptedAt) {
        GeoPoint geo = order.destination();
        return jdbc.update("""
                INSERT INTO routed_order (order_id, mode, latitude, longitude, pickup_location_id, priority, channel, country,
                                          lines, unit_prices, promise_date, accepted_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, ?, now())
                ON CONFLICT (order_id) DO NOTHING""",
                order.orderId(), order.mode().name(), geo == null ? null : geo.latitude(), geo == null ? null : geo.longitude(),
                order.pickupLocationId(), order.priority(), order.channel(), order.country(),
                json.writeValueAsString(order.lines()), json.writeValueAsString(order.unitPrices()), order.promiseDate(),
                Timestamp.from(acceptedAt)) == 1;
    }

    public Optional<RoutedOrder> find(UUID orderId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM routed_order WHERE order_id = ?", mapper, orderId).stream().findFirst();
    }

    /** The order, its row locked until the transaction ends (waits for whoever holds it). */
    public Optional<RoutedOrder> lock(UUID orderId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM routed_order WHERE order_id = ? FOR UPDATE", mapper, orderId)
                .stream().findFirst();
    }

    public Optional<Instant> acceptedAt(UUID orderId) {
        return jdbc.queryForList("SELECT accepted_at FROM routed_order WHERE order_id = ?", Timestamp.class, orderId)
                .stream().findFirst().map(Timestamp::toInstant);
    }

    /** The order locked, or empty when unknown or someone else holds it now. */
    public Optional<RoutedOrder> lockIfFree(UUID orderId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM routed_order WHERE order_id = ? FOR UPDATE SKIP LOCKED", mapper, orderId)
                .stream().findFirst();
    }

    /** Orders accepted in [from, to), oldest first, at most {@code limit}. */
    public List<Recorded> acceptedBetween(Instant from, Instant to, int limit) {
        return jdbc.query("SELECT " + COLUMNS + ", accepted_at FROM routed_order WHERE accepted_at >= ? AND accepted_at < ? "
                        + "ORDER BY accepted_at, order_id LIMIT ?",
                (rs, n) -> new Recorded(mapper.mapRow(rs, n), rs.getTimestamp("accepted_at").toInstant()),
                Timestamp.from(from), Timestamp.from(to), limit);
    }

    public void updateLines(UUID orderId, List<LineQuantity> open) {
        jdbc.update("UPDATE routed_order SET lines = CAST(? AS jsonb), updated_at = now() WHERE order_id = ?",
                json.writeValueAsString(open), orderId);
    }

    public void updateDelivery(RoutedOrder order) {
        GeoPoint geo = order.destination();
        jdbc.update("""
                UPDATE routed_order SET mode = ?, latitude = ?, longitude = ?, pickup_location_id = ?, country = ?,
                                        promise_date = ?, updated_at = now()
                WHERE order_id = ?""",
                order.mode().name(), geo == null ? null : geo.latitude(), geo == null ? null : geo.longitude(),
                order.pickupLocationId(), order.country(), order.promiseDate(), order.orderId());
    }
}
