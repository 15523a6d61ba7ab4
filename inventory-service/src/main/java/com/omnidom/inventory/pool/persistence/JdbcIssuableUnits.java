package com.omnidom.inventory.pool.persistence;

import com.omnidom.inventory.pool.domain.IssuableUnit;
import com.omnidom.inventory.pool.domain.IssuableUnits;
import com.omnidom.inventory.stock.domain.StockKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Repository
class JdbcIssuableUnits implements IssuableUnits {

    private final JdbcTemplate jdbc;

    JdbcIssuableUnits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int add(StockKey key, List<IssuableUnit> units) {
        if (units.isEmpty()) return 0;
        String[] codes = units.stream().map(IssuableUnit::code).toArray(String[]::new);
        Timestamp[] from = units.stream().map(u -> u.validFrom() == null ? null : Timestamp.from(u.validFrom())).toArray(Timestamp[]::new);
        return jdbc.update("""
                INSERT INTO issuable_unit (sku, location_id, code, valid_from)
                SELECT ?, ?, u.code, u.valid_from FROM unnest(?::text[], ?::timestamptz[]) AS u(code, valid_from)
                ON CONFLICT (sku, location_id, code) DO NOTHING""", key.sku().value(), key.locationId().value(), codes, from);
    }

    @Override
    public List<String> claim(StockKey key, UUID fulfillmentId, String lineId, int quantity, Instant now, Instant notAfter) {
        return jdbc.queryForList("""
                UPDATE issuable_unit SET fulfillment_id = ?, line_id = ?, issued_at = now()
                 WHERE id IN (SELECT id FROM issuable_unit
                               WHERE sku = ? AND location_id = ? AND fulfillment_id IS NULL
                                 AND (valid_from IS NULL OR (valid_from > ? AND (?::timestamptz IS NULL OR valid_from <= ?)))
                               ORDER BY valid_from NULLS FIRST, id LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING code""", String.class, fulfillmentId, lineId, key.sku().value(), key.locationId().value(),
                Timestamp.from(now), ts(notAfter), ts(notAfter), quantity);
    }

    @Override
    public int giveBack(UUID fulfillmentId, String lineId) {
        return jdbc.update("UPDATE issuable_unit SET fulfillment_id = NULL, line_id = NULL, issued_at = NULL"
                + " WHERE fulfillment_id = ? AND line_id = ?", fulfillmentId, lineId);
    }

    @Override
    public int free(StockKey key) {
        Integer free = jdbc.queryForObject("SELECT count(*) FROM issuable_unit WHERE sku = ? AND location_id = ? AND fulfillment_id IS NULL",
                Integer.class, key.sku().value(), key.locationId().value());
        return free == null ? 0 : free;
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
