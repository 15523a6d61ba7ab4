package com.omnidom.order.catalog.persistence;

import com.omnidom.order.catalog.domain.CatalogPromotion;
import com.omnidom.order.catalog.domain.CatalogPromotions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

@Repository
class JdbcCatalogPromotions implements CatalogPromotions {

    /** Its own mapper: stored rows must read the same whatever the REST settings are. */
    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final RowMapper<CatalogPromotion> rowMapper = (rs, n) -> new CatalogPromotion(rs.getString("promotion_id"),
            rs.getLong("version"), rs.getString("code"),
            JSON.readValue(rs.getString("names"), new TypeReference<Map<String, String>>() { }),
            instant(rs.getTimestamp("valid_from")), instant(rs.getTimestamp("valid_until")),
            JSON.readValue(rs.getString("channels"), new TypeReference<List<String>>() { }),
            rs.getString("currency"), rs.getString("kind"), rs.getBigDecimal("percent"), rs.getBigDecimal("amount"),
            rs.getBigDecimal("minimum_order_value"),
            JSON.readValue(rs.getString("skus"), new TypeReference<List<String>>() { }),
            (Integer) rs.getObject("minimum_quantity"), rs.getBoolean("active"));

    private final JdbcTemplate jdbc;

    JdbcCatalogPromotions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean apply(CatalogPromotion p) {
        // the newest version wins, whatever order the compacted topic is replayed in
        return jdbc.update("""
                INSERT INTO catalog_promotion (promotion_id, version, code, names, valid_from, valid_until, channels,
                                               currency, kind, percent, amount, minimum_order_value, skus,
                                               minimum_quantity, active, updated_at)
                VALUES (?, ?, ?, ?::jsonb, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, now())
                ON CONFLICT (promotion_id) DO UPDATE SET version = EXCLUDED.version, code = EXCLUDED.code,
                    names = EXCLUDED.names, valid_from = EXCLUDED.valid_from, valid_until = EXCLUDED.valid_until,
                    channels = EXCLUDED.channels, currency = EXCLUDED.currency, kind = EXCLUDED.kind,
                    percent = EXCLUDED.percent, amount = EXCLUDED.amount,
                    minimum_order_value = EXCLUDED.minimum_order_value, skus = EXCLUDED.skus,
                    minimum_quantity = EXCLUDED.minimum_quantity, active = EXCLUDED.active, updated_at = now()
                  WHERE catalog_promotion.version < EXCLUDED.version""",
                p.promotionId(), p.version(), p.code(), JSON.writeValueAsString(p.names()), timestamp(p.validFrom()),
                timestamp(p.validUntil()), JSON.writeValueAsString(p.channels()), p.currency(), p.kind(), p.percent(),
                p.amount(), p.minimumOrderValue(), JSON.writeValueAsString(p.skus()), p.minimumQuantity(), p.active()) == 1;
    }

    @Override
    public List<CatalogPromotion> automatic(String currency, Instant at) {
        return jdbc.query("""
                SELECT * FROM catalog_promotion
                 WHERE active AND code IS NULL AND currency = ?
                   AND (valid_from IS NULL OR valid_from <= ?) AND (valid_until IS NULL OR valid_until > ?)
                 ORDER BY promotion_id""", rowMapper, currency, Timestamp.from(at), Timestamp.from(at));
    }

    @Override
    public List<CatalogPromotion> byCodes(Collection<String> codes) {
        // a code moves between promotions only through the catalog's unique index: take the newest holder
        return jdbc.query("SELECT DISTINCT ON (code) * FROM catalog_promotion WHERE code = ANY (?) ORDER BY code, updated_at DESC",
                rowMapper, (Object) codes.toArray(String[]::new));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
