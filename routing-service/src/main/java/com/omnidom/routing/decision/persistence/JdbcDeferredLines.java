package com.omnidom.routing.decision.persistence;

import com.omnidom.routing.decision.domain.DeferredLines;
import com.omnidom.routing.fulfillment.domain.LineQuantity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@link DeferredLines} in PostgreSQL: one row per order and line. */
@Repository
class JdbcDeferredLines implements DeferredLines {

    private final JdbcTemplate jdbc;

    JdbcDeferredLines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The order's deferred and unroutable lines by line id. */
    public Map<String, Deferred> of(UUID orderId) {
        Map<String, Deferred> result = new LinkedHashMap<>();
        jdbc.query("""
                SELECT line_id, sku, quantity, status, reason, retry_until FROM deferred_line
                WHERE order_id = ? ORDER BY line_id""", rs -> {
            result.put(rs.getString("line_id"), new Deferred(rs.getString("line_id"), rs.getString("sku"), rs.getInt("quantity"),
                    "UNROUTABLE".equals(rs.getString("status")), rs.getString("reason"),
                    rs.getTimestamp("retry_until").toInstant()));
        }, orderId);
        return result;
    }

    /**
     * Defers these lines: a line deferred before keeps its deadline (a retry does not extend it).
     *
     * @return the lines deferred for the first time now
     */
    public List<LineQuantity> defer(UUID orderId, List<LineQuantity> lines, String reason, Instant now, Instant retryUntil) {
        List<LineQuantity> fresh = new ArrayList<>();
        for (LineQuantity line : lines) {
            Boolean inserted = jdbc.queryForObject("""
                    INSERT INTO deferred_line (order_id, line_id, sku, quantity, status, reason, deferred_at, retry_until, updated_at)
                    VALUES (?, ?, ?, ?, 'DEFERRED', ?, ?, ?, ?)
                    ON CONFLICT (order_id, line_id) DO UPDATE SET quantity = EXCLUDED.quantity, reason = EXCLUDED.reason,
                        updated_at = EXCLUDED.updated_at
                    RETURNING (xmax = 0)""", Boolean.class,
                    orderId, line.lineId(), line.sku(), line.quantity(), reason, Timestamp.from(now), Timestamp.from(retryUntil),
                    Timestamp.from(now));
            if (Boolean.TRUE.equals(inserted)) fresh.add(line);
        }
        return fresh;
    }

    /**
     * Keeps the rows true to what is still without a location: rows of lines no longer uncovered go, the others get
     * the uncovered quantity.
     */
    public void reconcile(UUID orderId, List<LineQuantity> uncovered) {
        Map<String, Integer> open = new LinkedHashMap<>();
        uncovered.forEach(l -> open.put(l.lineId(), l.quantity()));
        for (Deferred d : of(orderId).values()) {
            Integer left = open.get(d.lineId());
            if (left == null) {
                jdbc.update("DELETE FROM deferred_line WHERE order_id = ? AND line_id = ?", orderId, d.lineId());
            } else if (left != d.quantity()) {
                jdbc.update("UPDATE deferred_line SET quantity = ?, updated_at = now() WHERE order_id = ? AND line_id = ?",
                        left, orderId, d.lineId());
            }
        }
    }

    /** Orders with deferred lines past their deadline (some of them, oldest deadline first). */
    public List<UUID> ordersPastDeadline(Instant now, int limit) {
        return jdbc.queryForList("""
                SELECT order_id FROM deferred_line WHERE status = 'DEFERRED' AND retry_until <= ?
                GROUP BY order_id ORDER BY min(retry_until) LIMIT ?""", UUID.class, Timestamp.from(now), limit);
    }

    /** Marks the order's deferred lines past their deadline UNROUTABLE. @return those lines with their last reason */
    public List<Deferred> markUnroutable(UUID orderId, Instant now) {
        return jdbc.query("""
                UPDATE deferred_line SET status = 'UNROUTABLE', updated_at = ?
                WHERE order_id = ? AND status = 'DEFERRED' AND retry_until <= ?
                RETURNING line_id, sku, quantity, reason, retry_until""", (rs, n) -> new Deferred(rs.getString("line_id"),
                rs.getString("sku"), rs.getInt("quantity"), true, rs.getString("reason"),
                rs.getTimestamp("retry_until").toInstant()), Timestamp.from(now), orderId, Timestamp.from(now));
    }
}
