package com.omnidom.inventory.stock.persistence;

import com.omnidom.inventory.stock.domain.StockKey;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Bulk imports, set-based: rows are streamed with COPY into a temporary staging table of the importing transaction,
 * then one INSERT ... ON CONFLICT DO UPDATE (or UPDATE for deltas) applies them all, in key order. Nothing row by row.
 */
@Repository
public class StockImportStore {

    /** A row the set-based statement refused: its line number (0 = a row of the location missing from a snapshot). */
    public record Refused(long row, String sku, String locationId, String reason) {
    }

    /** What applying did. */
    public record Applied(long changed, long unchanged, List<Refused> refused, long refusedTotal) {
    }

    /** A stored import. */
    public record Stored(UUID id, String mode, String locationId, Instant asOf, String state, long rowsRead, long accepted,
                         long rejected, String errorsJson, Instant startedAt, Instant finishedAt) {
    }

    /** The effective safety stock of new rows, set-based (the per-row insert trigger is skipped when it is given). */
    private static final String SAFETY_JOINS = """
             LEFT JOIN safety_stock_rule al ON al.scope = 'ARTICLE_AT_LOCATION' AND al.scope_key = t.sku || '@' || t.location_id
             LEFT JOIN safety_stock_rule a ON a.scope = 'ARTICLE' AND a.scope_key = t.sku
             LEFT JOIN safety_stock_rule l ON l.scope = 'LOCATION' AND l.scope_key = t.location_id
             LEFT JOIN location loc ON loc.location_id = t.location_id
             LEFT JOIN safety_stock_rule ty ON ty.scope = 'LOCATION_TYPE' AND ty.scope_key = loc.type
            """;
    private static final String SAFETY = "COALESCE(al.quantity, a.quantity, l.quantity, ty.quantity, 0)";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    StockImportStore(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Streams rows into the staging table of the current transaction (dropped at its end). */
    public final class Staging {
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(1 << 16);

        private Staging(CopyIn copy) {
            this.copy = copy;
        }

        public void add(long row, StockKey key, int quantity) {
            // ids are [A-Za-z0-9._-]: nothing to escape in COPY's text format
            buffer.append(row).append('\t').append(key.sku().value()).append('\t').append(key.locationId().value())
                    .append('\t').append(quantity).append('\n');
            if (buffer.length() > (1 << 16) - 200) flush();
        }

        public long finish() {
            flush();
            try {
                return copy.endCopy();
            } catch (SQLException e) {
                throw new IllegalStateException("COPY into the staging table failed", e);
            }
        }

        private void flush() {
            if (buffer.isEmpty()) return;
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IllegalStateException("COPY into the staging table failed", e);
            }
            buffer.setLength(0);
        }
    }

    /** Opens the staging table and a COPY into it, on the current transaction's connection. */
    public Staging stage() {
        // the import streams and applies a whole file in this one transaction: its COPY lasts as long as the upload and
        // its upsert of a million rows takes tens of seconds, so the pool's statement timeout is lifted for it alone
        jdbc.execute("SET LOCAL statement_timeout = 0");
        jdbc.execute("""
                CREATE TEMP TABLE import_row (row_no BIGINT NOT NULL, sku TEXT NOT NULL, location_id TEXT NOT NULL,
                                              quantity INTEGER NOT NULL) ON COMMIT DROP""");
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY import_row (row_no, sku, location_id, quantity) FROM STDIN");
            return new Staging(copy);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot COPY into the staging table", e);
        }
    }

    /** Registers the import; false when a file with this hash was imported before (the caller rolls back). */
    public boolean begin(UUID id, String hash, String mode, String locationId, Instant asOf, long rowsRead) {
        return jdbc.update("""
                INSERT INTO stock_import (id, file_hash, mode, location_id, as_of, state, rows_read)
                VALUES (?, ?, ?, ?, ?, 'RUNNING', ?) ON CONFLICT (file_hash) DO NOTHING""",
                id, hash, mode, locationId, asOf == null ? null : Timestamp.from(asOf), rowsRead) == 1;
    }

    public void finish(UUID id, long accepted, long rejected, String errorsJson) {
        jdbc.update("""
                UPDATE stock_import SET state = 'DONE', accepted = ?, rejected = ?, errors = ?::jsonb, finished_at = now()
                 WHERE id = ?""", accepted, rejected, errorsJson, id);
        jdbc.update("DELETE FROM stock_import_progress WHERE id = ?", id);
    }

    /**
     * Progress of a running import, committed at once on a connection of its own (not the import's: that one is busy
     * with the COPY and its transaction commits only at the end).
     */
    public void progress(UUID id, long rowsRead) {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement("""
                     INSERT INTO stock_import_progress (id, rows_read) VALUES (?, ?)
                     ON CONFLICT (id) DO UPDATE SET rows_read = EXCLUDED.rows_read, updated_at = now()""")) {
            connection.setAutoCommit(true);
            statement.setObject(1, id);
            statement.setLong(2, rowsRead);
            statement.executeUpdate();
        } catch (SQLException e) {
            // progress is a courtesy: never fail the import for it
            org.slf4j.LoggerFactory.getLogger(StockImportStore.class).warn("import {}: progress not recorded", id, e);
        }
    }

    public Optional<Stored> findByHash(String hash) {
        return find("file_hash = ?", hash);
    }

    /** A finished import, or a running one with its progress. */
    public Optional<Stored> find(UUID id) {
        Optional<Stored> done = find("id = ?", id);
        if (done.isPresent()) return done;
        return jdbc.query("SELECT rows_read, updated_at FROM stock_import_progress WHERE id = ?", (rs, i) ->
                new Stored(id, null, null, null, "RUNNING", rs.getLong(1), 0, 0, "[]", null, null), id).stream().findFirst();
    }

    private Optional<Stored> find(String where, Object key) {
        return jdbc.query("SELECT id, mode, location_id, as_of, state, rows_read, accepted, rejected, errors::text, started_at,"
                + " finished_at FROM stock_import WHERE " + where, (rs, i) -> new Stored(rs.getObject(1, UUID.class),
                rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4)), rs.getString(5), rs.getLong(6), rs.getLong(7),
                rs.getLong(8), rs.getString(9), instant(rs.getTimestamp(10)), instant(rs.getTimestamp(11))), key).stream().findFirst();
    }

    /**
     * Counts: the file's rows (the last per key) set on hand as counted at {@code asOf}. A snapshot of
     * {@code snapshotLocation} also zeroes that location's rows missing from the file, and every row becomes the
     * count plus the movements recorded after {@code asOf} (shipments, receipts, returns, deltas). A row counted
     * more recently than {@code asOf}, or below what is allocated, is left alone and refused.
     */
    public Applied applyCounts(Instant asOf, String snapshotLocation, int maxRefused) {
        Timestamp at = Timestamp.from(asOf);
        jdbc.execute("CREATE TEMP TABLE import_target (row_no BIGINT, sku TEXT, location_id TEXT, quantity INTEGER) ON COMMIT DROP");
        if (snapshotLocation == null) {
            jdbc.update("""
                    INSERT INTO import_target
                    SELECT DISTINCT ON (sku, location_id) row_no, sku, location_id, quantity FROM import_row
                     ORDER BY sku, location_id, row_no DESC""");
        } else {
            jdbc.update("""
                    INSERT INTO import_target
                    WITH f AS (SELECT DISTINCT ON (sku) row_no, sku, quantity FROM import_row ORDER BY sku, row_no DESC),
                         counted AS (SELECT row_no, sku, quantity FROM f
                                     UNION ALL
                                     SELECT 0, s.sku, 0 FROM stock s
                                      WHERE s.location_id = ? AND NOT s.unlimited AND NOT s.pooled
                                        AND NOT EXISTS (SELECT 1 FROM f WHERE f.sku = s.sku)),
                         moved AS (SELECT sku, sum(delta) AS delta FROM stock_movement
                                    WHERE location_id = ? AND occurred_at > ? GROUP BY sku)
                    SELECT c.row_no, c.sku, ?, GREATEST(0, c.quantity + COALESCE(m.delta, 0))
                      FROM counted c LEFT JOIN moved m USING (sku)""", snapshotLocation, snapshotLocation, at, snapshotLocation);
        }
        jdbc.execute("ANALYZE import_target");
        Long total = jdbc.queryForObject("SELECT count(*) FROM import_target", Long.class);
        Long changed = jdbc.queryForObject("""
                WITH written AS (
                    INSERT INTO stock (sku, location_id, on_hand, counted_at, safety_stock)
                    SELECT t.sku, t.location_id, t.quantity, ?,\s""" + SAFETY + " FROM import_target t" + SAFETY_JOINS + """
                     ORDER BY t.sku, t.location_id
                    ON CONFLICT (sku, location_id) DO UPDATE
                       SET on_hand = EXCLUDED.on_hand, counted_at = EXCLUDED.counted_at,
                           blocked = LEAST(stock.blocked, EXCLUDED.on_hand - stock.allocated),
                           version = stock.version + 1, updated_at = now()
                     WHERE stock.allocated <= EXCLUDED.on_hand AND stock.on_hand <> EXCLUDED.on_hand
                       AND (stock.counted_at IS NULL OR stock.counted_at <= EXCLUDED.counted_at)
                    RETURNING 1)
                SELECT count(*) FROM written""", Long.class, at);
        String refusedWhere = """
                FROM import_target t JOIN stock s USING (sku, location_id)
                WHERE (s.counted_at > ? AND s.on_hand <> t.quantity) OR (s.allocated > t.quantity AND s.on_hand <> t.quantity)""";
        Long refusedTotal = jdbc.queryForObject("SELECT count(*) " + refusedWhere, Long.class, at);
        List<Refused> refused = jdbc.query("""
                SELECT t.row_no, t.sku, t.location_id,
                       CASE WHEN s.counted_at > ? THEN 'counted more recently (' || s.counted_at || ') than this file'
                            ELSE 'is below the ' || s.allocated || ' units allocated' END\s""" + refusedWhere
                + " ORDER BY t.row_no, t.sku LIMIT ?", (rs, i) -> new Refused(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4)), at, at, maxRefused);
        long refusedCount = refusedTotal == null ? 0 : refusedTotal;
        long changedCount = changed == null ? 0 : changed;
        return new Applied(changedCount, (total == null ? 0 : total) - changedCount - refusedCount, refused, refusedCount);
    }

    /** Deltas: the file's movements summed per key; a key they would take below what is allocated or blocked is refused. */
    public Applied applyDeltas(int maxRefused) {
        jdbc.execute("""
                CREATE TEMP TABLE import_target ON COMMIT DROP AS
                SELECT max(row_no) AS row_no, sku, location_id, sum(quantity)::bigint AS quantity FROM import_row
                 GROUP BY sku, location_id""");
        Long updated = jdbc.queryForObject("""
                WITH written AS (
                    UPDATE stock s SET on_hand = s.on_hand + t.quantity, version = s.version + 1, updated_at = now()
                      FROM (SELECT * FROM import_target ORDER BY sku, location_id) t
                     WHERE s.sku = t.sku AND s.location_id = t.location_id AND NOT s.unlimited AND NOT s.pooled
                       AND s.on_hand + t.quantity >= s.allocated + s.blocked AND s.on_hand + t.quantity <= 1000000000
                    RETURNING 1)
                SELECT count(*) FROM written""", Long.class);
        Long inserted = jdbc.queryForObject("""
                WITH written AS (
                    INSERT INTO stock (sku, location_id, on_hand, safety_stock)
                    SELECT t.sku, t.location_id, t.quantity,\s""" + SAFETY + " FROM import_target t" + SAFETY_JOINS + """
                     WHERE t.quantity > 0 AND t.quantity <= 1000000000
                       AND NOT EXISTS (SELECT 1 FROM stock s WHERE s.sku = t.sku AND s.location_id = t.location_id)
                     ORDER BY t.sku, t.location_id
                    ON CONFLICT DO NOTHING RETURNING 1)
                SELECT count(*) FROM written""", Long.class);
        Long total = jdbc.queryForObject("SELECT count(*) FROM import_target", Long.class);
        long applied = (updated == null ? 0 : updated) + (inserted == null ? 0 : inserted);
        // what was not applied: no row and a negative sum, or a row it would have taken too low
        String refusedWhere = """
                FROM import_target t LEFT JOIN stock s USING (sku, location_id)
                WHERE s.sku IS NULL OR s.unlimited OR s.pooled OR s.updated_at < now()""";
        List<Refused> refused = new ArrayList<>(jdbc.query("""
                SELECT t.row_no, t.sku, t.location_id,
                       CASE WHEN s.sku IS NULL THEN 'no stock to take ' || -t.quantity || ' units from'
                            WHEN s.unlimited OR s.pooled THEN 'is not physical stock'
                            ELSE 'would leave ' || (s.on_hand + t.quantity) || ' on hand, below the '
                                 || (s.allocated + s.blocked) || ' units allocated or blocked' END\s""" + refusedWhere
                + " ORDER BY t.row_no LIMIT ?", (rs, i) -> new Refused(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4)), maxRefused));
        long refusedTotal = (total == null ? 0 : total) - applied;
        return new Applied(applied, 0, refused, refusedTotal);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
