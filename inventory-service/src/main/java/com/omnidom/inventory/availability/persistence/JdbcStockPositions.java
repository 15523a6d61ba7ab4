package com.omnidom.inventory.availability.persistence;

import com.omnidom.inventory.availability.domain.Arrival;
import com.omnidom.inventory.availability.domain.ChannelHold;
import com.omnidom.inventory.availability.domain.StockPosition;
import com.omnidom.inventory.availability.domain.StockPositions;
import com.omnidom.inventory.stock.domain.StockKey;
import com.omnidom.inventory.stock.domain.StockLevel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Three set-based queries per batch (rows, holds, arrivals), by key pairs or by article. */
@Repository
class JdbcStockPositions implements StockPositions {

    private static final String KEYS = " (sku, location_id) IN (SELECT * FROM unnest(?::text[], ?::text[])) ";

    private final JdbcTemplate jdbc;

    JdbcStockPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StockPosition> ofKeys(Collection<StockKey> keys) {
        if (keys.isEmpty()) return List.of();
        String[] skus = keys.stream().map(k -> k.sku().value()).toArray(String[]::new);
        String[] locations = keys.stream().map(k -> k.locationId().value()).toArray(String[]::new);
        return positions(KEYS, new Object[]{skus, locations});
    }

    @Override
    public List<StockPosition> ofSkus(Collection<String> skus) {
        if (skus.isEmpty()) return List.of();
        return positions(" sku = ANY(?::text[]) ", new Object[]{skus.toArray(String[]::new)});
    }

    @Override
    public List<StockKey> takePending(int max) {
        // no ORDER BY: sorting millions of marks (after a big import) per batch would cost more than publishing them;
        // every mark is taken once the publisher catches up
        return jdbc.query("""
                WITH picked AS (SELECT sku, location_id FROM availability_pending LIMIT ? FOR UPDATE SKIP LOCKED)
                DELETE FROM availability_pending p USING picked
                 WHERE p.sku = picked.sku AND p.location_id = picked.location_id
                RETURNING p.sku, p.location_id""", (rs, i) -> StockKey.of(rs.getString(1), rs.getString(2)), max);
    }

    private List<StockPosition> positions(String where, Object[] params) {
        Map<StockKey, List<ChannelHold>> holds = new HashMap<>();
        jdbc.query("SELECT sku, location_id, channel, quantity - drawn, until FROM reservation WHERE state = 'ACTIVE' AND"
                + where + "ORDER BY channel", rs -> {
            Timestamp until = rs.getTimestamp(5);
            holds.computeIfAbsent(StockKey.of(rs.getString(1), rs.getString(2)), k -> new ArrayList<>())
                    .add(new ChannelHold(rs.getString(3), rs.getInt(4), until == null ? null : until.toInstant()));
        }, params);
        Map<StockKey, List<Arrival>> arrivals = new HashMap<>();
        jdbc.query("SELECT sku, location_id, quantity - received - allocated, expected_at FROM inbound WHERE state = 'OPEN'"
                + " AND quantity - received - allocated > 0 AND" + where + "ORDER BY expected_at", rs -> {
            arrivals.computeIfAbsent(StockKey.of(rs.getString(1), rs.getString(2)), k -> new ArrayList<>())
                    .add(new Arrival(rs.getInt(3), rs.getTimestamp(4).toInstant()));
        }, params);
        return jdbc.query("""
                SELECT sku, location_id, on_hand, allocated, version, blocked, reserved, safety_stock, unlimited, pooled
                FROM stock WHERE""" + where + "ORDER BY sku, location_id", (rs, i) -> {
            StockKey key = StockKey.of(rs.getString(1), rs.getString(2));
            StockLevel level = new StockLevel(key, rs.getInt(3), rs.getInt(4), rs.getLong(5), rs.getInt(6), rs.getInt(7),
                    rs.getInt(8), rs.getBoolean(9), rs.getBoolean(10));
            return new StockPosition(level, holds.getOrDefault(key, List.of()), arrivals.getOrDefault(key, List.of()));
        }, params);
    }
}
