package com.omnidom.inventory.stock.persistence;

import com.omnidom.inventory.stock.domain.LocationId;
import com.omnidom.inventory.stock.domain.OnHandResult;
import com.omnidom.inventory.stock.domain.OnHandTarget;
import com.omnidom.inventory.stock.domain.ReleaseEffect;
import com.omnidom.inventory.stock.domain.Sku;
import com.omnidom.inventory.stock.domain.StockKey;
import com.omnidom.inventory.stock.domain.StockLevel;
import com.omnidom.inventory.stock.domain.StockLevels;
import com.omnidom.kernel.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plain JDBC: each change is a single conditional UPDATE (or upsert) that returns the row it wrote, so the
 * check and the write are one atomic step under the row lock (READ COMMITTED re-checks the condition on the
 * newest row version after waiting for a concurrent writer). The CHECK constraint backs every statement up.
 */
@Repository
class JdbcStockLevels implements StockLevels {

    private static final String COLUMNS =
            "sku, location_id, on_hand, allocated, version, blocked, reserved, safety_stock, unlimited, pooled";

    private static final RowMapper<StockLevel> LEVEL = (rs, i) -> new StockLevel(
            StockKey.of(rs.getString("sku"), rs.getString("location_id")),
            rs.getInt("on_hand"), rs.getInt("allocated"), rs.getLong("version"), rs.getInt("blocked"),
            rs.getInt("reserved"), rs.getInt("safety_stock"), rs.getBoolean("unlimited"), rs.getBoolean("pooled"));

    private final JdbcTemplate jdbc;

    JdbcStockLevels(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StockLevel> find(StockKey key) {
        return jdbc.query("SELECT " + COLUMNS + " FROM stock WHERE sku = ? AND location_id = ?", LEVEL,
                key.sku().value(), key.locationId().value()).stream().findFirst();
    }

    @Override
    public Page<StockLevel> find(Sku sku, LocationId locationId, int page, int size) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (sku != null) {
            where.add("sku = ?");
            params.add(sku.value());
        }
        if (locationId != null) {
            where.add("location_id = ?");
            params.add(locationId.value());
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        Long total = jdbc.queryForObject("SELECT count(*) FROM stock" + condition, Long.class, params.toArray());
        params.add(size);
        params.add((long) page * size);
        List<StockLevel> items = jdbc.query("SELECT " + COLUMNS + " FROM stock" + condition
                + " ORDER BY sku, location_id LIMIT ? OFFSET ?", LEVEL, params.toArray());
        return Page.of(items, page, size, total == null ? 0 : total);
    }

    @Override
    public List<OnHandResult> setOnHand(List<OnHandTarget> targets) {
        if (targets.isEmpty()) return List.of();
        // one multi-row upsert: rows are created, or updated unless that would put on hand below allocated
        // (or change nothing); xmax = 0 tells a created row from an updated one
        StringBuilder sql = new StringBuilder("INSERT INTO stock (sku, location_id, on_hand, counted_at) VALUES ");
        List<Object> params = new ArrayList<>(targets.size() * 3);
        for (int i = 0; i < targets.size(); i++) {
            OnHandTarget t = targets.get(i);
            sql.append(i == 0 ? "(?, ?, ?, now())" : ", (?, ?, ?, now())");
            params.add(t.key().sku().value());
            params.add(t.key().locationId().value());
            params.add(t.onHand());
        }
        sql.append("\n").append("""
                 ON CONFLICT (sku, location_id) DO UPDATE
                   SET on_hand = EXCLUDED.on_hand, counted_at = EXCLUDED.counted_at,
                       blocked = LEAST(stock.blocked, EXCLUDED.on_hand - stock.allocated),
                       version = stock.version + 1, updated_at = now()
                   WHERE stock.allocated <= EXCLUDED.on_hand AND stock.on_hand <> EXCLUDED.on_hand
                 RETURNING\s""" + COLUMNS + ", (xmax = 0) AS created");
        Map<StockKey, OnHandResult> results = new HashMap<>();
        Map<StockKey, OnHandTarget> byKey = new HashMap<>();
        targets.forEach(t -> byKey.put(t.key(), t));
        jdbc.query(sql.toString(), rs -> {
            StockLevel level = LEVEL.mapRow(rs, 0);
            OnHandResult.Change change = rs.getBoolean("created") ? OnHandResult.Change.CREATED : OnHandResult.Change.UPDATED;
            results.put(level.key(), new OnHandResult(byKey.get(level.key()), change, level));
        }, params.toArray());
        // the rows the upsert left alone: unchanged, or refused because too much is allocated
        for (OnHandTarget t : targets) {
            if (results.containsKey(t.key())) continue;
            StockLevel current = find(t.key()).orElse(null);
            OnHandResult.Change change = current != null && current.allocated() > t.onHand()
                    ? OnHandResult.Change.BELOW_ALLOCATED : OnHandResult.Change.UNCHANGED;
            results.put(t.key(), new OnHandResult(t, change, current));
        }
        return targets.stream().map(t -> results.get(t.key())).toList();
    }

    @Override
    public Optional<StockLevel> allocate(StockKey key, int quantity, int fromReservation) {
        return jdbc.query("""
                UPDATE stock SET allocated = allocated + ?, reserved = reserved - ?, version = version + 1, updated_at = now()
                WHERE sku = ? AND location_id = ? AND reserved >= ?
                  AND on_hand - allocated - blocked >= ?
                  AND on_hand - allocated - blocked - reserved - safety_stock >= ? - ?
                RETURNING\s""" + COLUMNS, LEVEL,
                quantity, fromReservation, key.sku().value(), key.locationId().value(), fromReservation,
                quantity, quantity, fromReservation).stream().findFirst();
    }

    @Override
    public StockLevel release(StockKey key, int quantity, int toReservation, ReleaseEffect effect) {
        String set = switch (effect) {
            case RELEASE -> "allocated = allocated - ?";
            case BLOCK -> "allocated = allocated - ?, blocked = blocked + " + quantity;
            // the free units were not there either: on hand keeps only what others hold
            case WRITE_OFF -> "allocated = allocated - ?, on_hand = allocated - " + quantity + " + blocked";
        };
        return jdbc.query("UPDATE stock SET " + set + """
                , reserved = reserved + ?, version = version + 1, updated_at = now()
                WHERE sku = ? AND location_id = ? AND allocated >= ?
                RETURNING\s""" + COLUMNS, LEVEL,
                quantity, toReservation, key.sku().value(), key.locationId().value(), quantity).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("fewer than " + quantity + " units allocated at " + key));
    }

    @Override
    public StockLevel allocateArrived(StockKey key, int quantity) {
        return jdbc.query("""
                UPDATE stock SET allocated = allocated + ?, version = version + 1, updated_at = now()
                WHERE sku = ? AND location_id = ? AND on_hand - allocated - blocked >= ?
                RETURNING\s""" + COLUMNS, LEVEL,
                quantity, key.sku().value(), key.locationId().value(), quantity).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException(quantity + " arrived units are not free at " + key));
    }

    @Override
    public StockLevel removeAllocated(StockKey key, int quantity) {
        return jdbc.query("""
                UPDATE stock SET on_hand = on_hand - ?, allocated = allocated - ?, version = version + 1, updated_at = now()
                WHERE sku = ? AND location_id = ? AND allocated >= ?
                RETURNING\s""" + COLUMNS, LEVEL,
                quantity, quantity, key.sku().value(), key.locationId().value(), quantity).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("fewer than " + quantity + " units allocated at " + key));
    }

    @Override
    public StockLevel restock(StockKey key, int quantity) {
        return jdbc.queryForObject("""
                INSERT INTO stock (sku, location_id, on_hand) VALUES (?, ?, ?)
                ON CONFLICT (sku, location_id) DO UPDATE
                  SET on_hand = stock.on_hand + EXCLUDED.on_hand, version = stock.version + 1, updated_at = now()
                RETURNING\s""" + COLUMNS, LEVEL, key.sku().value(), key.locationId().value(), quantity);
    }

    @Override
    public Optional<StockLevel> reserve(StockKey key, int delta) {
        return jdbc.query("""
                UPDATE stock SET reserved = reserved + ?, version = version + 1, updated_at = now()
                WHERE sku = ? AND location_id = ? AND reserved + ? >= 0
                  AND (? <= 0 OR on_hand - allocated - blocked - reserved - safety_stock >= ?)
                RETURNING\s""" + COLUMNS, LEVEL,
                delta, key.sku().value(), key.locationId().value(), delta, delta, delta).stream().findFirst();
    }

    @Override
    public StockLevel markNonPhysical(StockKey key, boolean pooled, boolean unlimited) {
        return jdbc.queryForObject("""
                INSERT INTO stock (sku, location_id, on_hand, pooled, unlimited) VALUES (?, ?, 0, ?, ?)
                ON CONFLICT (sku, location_id) DO UPDATE
                  SET pooled = EXCLUDED.pooled, unlimited = EXCLUDED.unlimited, version = stock.version + 1, updated_at = now()
                RETURNING\s""" + COLUMNS, LEVEL, key.sku().value(), key.locationId().value(), pooled, unlimited);
    }

    @Override
    public StockLevel touch(StockKey key) {
        return jdbc.queryForObject("""
                INSERT INTO stock (sku, location_id, on_hand) VALUES (?, ?, 0)
                ON CONFLICT (sku, location_id) DO UPDATE SET version = stock.version + 1, updated_at = now()
                RETURNING\s""" + COLUMNS, LEVEL, key.sku().value(), key.locationId().value());
    }
}
