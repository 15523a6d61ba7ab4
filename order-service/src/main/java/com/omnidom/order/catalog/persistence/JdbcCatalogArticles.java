package com.omnidom.order.catalog.persistence;

import com.omnidom.order.catalog.domain.CatalogArticle;
import com.omnidom.order.catalog.domain.CatalogArticles;
import com.omnidom.order.catalog.domain.TaxCategory;
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
import java.util.function.Function;
import java.util.stream.Collectors;

@Repository
class JdbcCatalogArticles implements CatalogArticles {

    /** Its own mapper: stored rows must read the same whatever the REST settings are. */
    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final RowMapper<CatalogArticle> rowMapper = (rs, n) -> new CatalogArticle(rs.getString("sku"),
            rs.getLong("version"), rs.getString("kind"), rs.getBoolean("active"), instant(rs.getTimestamp("valid_from")),
            instant(rs.getTimestamp("valid_until")),
            JSON.readValue(rs.getString("regions"), new TypeReference<List<String>>() { }),
            JSON.readValue(rs.getString("components"), new TypeReference<List<CatalogArticle.Component>>() { }),
            JSON.readValue(rs.getString("prices"), new TypeReference<List<CatalogArticle.Price>>() { }),
            TaxCategory.valueOf(rs.getString("tax_category")),
            JSON.readValue(rs.getString("names"), new TypeReference<Map<String, String>>() { }));

    private final JdbcTemplate jdbc;

    JdbcCatalogArticles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean apply(CatalogArticle a) {
        // the newest version wins, whatever order the compacted topic is replayed in
        return jdbc.update("""
                INSERT INTO catalog_article (sku, version, kind, active, valid_from, valid_until, regions, components,
                                             prices, tax_category, names, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?::jsonb, now())
                ON CONFLICT (sku) DO UPDATE SET version = EXCLUDED.version, kind = EXCLUDED.kind,
                    active = EXCLUDED.active, valid_from = EXCLUDED.valid_from, valid_until = EXCLUDED.valid_until,
                    regions = EXCLUDED.regions, components = EXCLUDED.components, prices = EXCLUDED.prices,
                    tax_category = EXCLUDED.tax_category, names = EXCLUDED.names, updated_at = now()
                  WHERE catalog_article.version < EXCLUDED.version""",
                a.sku(), a.version(), a.kind(), a.active(), timestamp(a.validFrom()), timestamp(a.validUntil()),
                JSON.writeValueAsString(a.regions()), JSON.writeValueAsString(a.components()),
                JSON.writeValueAsString(a.prices()), a.taxCategory().name(), JSON.writeValueAsString(a.names())) == 1;
    }

    @Override
    public Map<String, CatalogArticle> find(Collection<String> skus) {
        if (skus.isEmpty()) return Map.of();
        return jdbc.query("SELECT * FROM catalog_article WHERE sku = ANY (?)", rowMapper,
                        (Object) skus.toArray(String[]::new)).stream()
                .collect(Collectors.toMap(CatalogArticle::sku, Function.identity()));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
