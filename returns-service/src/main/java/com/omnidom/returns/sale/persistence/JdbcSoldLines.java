package com.omnidom.returns.sale.persistence;

import com.omnidom.returns.sale.domain.Delivery;
import com.omnidom.returns.sale.domain.OrderId;
import com.omnidom.returns.sale.domain.SoldLine;
import com.omnidom.returns.sale.domain.SoldLines;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sold lines on plain JDBC: the quantities are counters changed by conditional updates, never read-then-written. */
@Repository
class JdbcSoldLines implements SoldLines {

    private static final RowMapper<SoldLine> ROW = (rs, n) -> new SoldLine(
            new OrderId(rs.getObject("order_id", UUID.class)), rs.getString("line_id"), rs.getString("sku"),
            rs.getInt("ordered_quantity"), rs.getBigDecimal("unit_price"), rs.getString("currency"),
            rs.getString("channel"), rs.getInt("shipped_quantity"), rs.getInt("returned_quantity"));

    private final JdbcTemplate jdbc;

    JdbcSoldLines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void recordSale(List<SoldLine> lines, String orderNumber, Instant soldAt) {
        for (SoldLine line : lines) {
            jdbc.update("""
                    INSERT INTO sold_line (order_id, line_id, sku, ordered_quantity, unit_price, currency, channel,
                                           order_number, sold_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (order_id, line_id) DO NOTHING""",
                    line.orderId().value(), line.lineId(), line.sku(), line.orderedQuantity(), line.unitPrice(),
                    line.currency(), line.channel(), orderNumber, Timestamp.from(soldAt));
        }
    }

    @Override
    public List<OrderId> withNumber(String orderNumber) {
        return jdbc.queryForList("""
                SELECT order_id FROM sold_line WHERE order_number = ?
                GROUP BY order_id ORDER BY max(sold_at) DESC""", java.util.UUID.class, orderNumber)
                .stream().map(OrderId::new).toList();
    }

    @Override
    public List<SoldLine> ofOrder(OrderId orderId) {
        return jdbc.query("SELECT * FROM sold_line WHERE order_id = ? ORDER BY sold_at, line_id", ROW, orderId.value());
    }

    @Override
    public Optional<String> channelOf(OrderId orderId) {
        return jdbc.queryForList("SELECT channel FROM sold_line WHERE order_id = ? AND channel IS NOT NULL LIMIT 1",
                String.class, orderId.value()).stream().findFirst();
    }

    @Override
    public Optional<SoldLine> find(OrderId orderId, String lineId) {
        return jdbc.query("SELECT * FROM sold_line WHERE order_id = ? AND line_id = ?", ROW, orderId.value(), lineId)
                .stream().findFirst();
    }

    @Override
    public void recordDelivery(Delivery delivery) {
        for (Delivery.DeliveredLine line : delivery.lines()) {
            int logged = jdbc.update("""
                    INSERT INTO delivered_line (event_id, line_id, order_id, fulfillment_id, location_id, kind, quantity, delivered_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (event_id, line_id) DO NOTHING""",
                    delivery.eventId(), line.lineId(), delivery.orderId().value(), delivery.fulfillmentId(),
                    delivery.locationId(), delivery.kind().name(), line.quantity(), Timestamp.from(delivery.deliveredAt()));
            // the log row and the counter move together: a delivery counted once, however often it is recorded
            if (logged == 1) {
                jdbc.update("UPDATE sold_line SET shipped_quantity = shipped_quantity + ? WHERE order_id = ? AND line_id = ?",
                        line.quantity(), delivery.orderId().value(), line.lineId());
            }
        }
    }

    @Override
    public boolean reserveReturn(OrderId orderId, String lineId, int quantity) {
        // concurrent returns of one line queue on its row; PostgreSQL re-checks the condition on the row they find
        return jdbc.update("""
                UPDATE sold_line SET returned_quantity = returned_quantity + ?
                WHERE order_id = ? AND line_id = ? AND returned_quantity + ? <= shipped_quantity""",
                quantity, orderId.value(), lineId, quantity) == 1;
    }

    @Override
    public void releaseReturn(OrderId orderId, String lineId, int quantity) {
        int released = jdbc.update("""
                UPDATE sold_line SET returned_quantity = returned_quantity - ?
                WHERE order_id = ? AND line_id = ? AND returned_quantity >= ?""",
                quantity, orderId.value(), lineId, quantity);
        if (released != 1) {
            throw new IllegalStateException("line " + lineId + " of order " + orderId + " has fewer than " + quantity
                    + " units in returns to release");
        }
    }
}
