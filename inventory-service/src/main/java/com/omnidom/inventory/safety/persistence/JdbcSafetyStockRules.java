package com.omnidom.inventory.safety.persistence;

import com.omnidom.inventory.safety.domain.SafetyScope;
import com.omnidom.inventory.safety.domain.SafetyStockRule;
import com.omnidom.inventory.safety.domain.SafetyStockRules;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** The effective rule is the SQL function effective_safety_stock (V2), used here and by the insert trigger on stock. */
@Repository
class JdbcSafetyStockRules implements SafetyStockRules {

    private static final RowMapper<SafetyStockRule> RULE = (rs, i) ->
            new SafetyStockRule(SafetyScope.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3));

    private final JdbcTemplate jdbc;

    JdbcSafetyStockRules(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(SafetyStockRule rule) {
        jdbc.update("""
                INSERT INTO safety_stock_rule (scope, scope_key, quantity) VALUES (?, ?, ?)
                ON CONFLICT (scope, scope_key) DO UPDATE SET quantity = EXCLUDED.quantity, updated_at = now()""",
                rule.scope().name(), rule.key(), rule.quantity());
    }

    @Override
    public boolean remove(SafetyScope scope, String key) {
        return jdbc.update("DELETE FROM safety_stock_rule WHERE scope = ? AND scope_key = ?", scope.name(), key) > 0;
    }

    @Override
    public Optional<SafetyStockRule> find(SafetyScope scope, String key) {
        return jdbc.query("SELECT scope, scope_key, quantity FROM safety_stock_rule WHERE scope = ? AND scope_key = ?",
                RULE, scope.name(), key).stream().findFirst();
    }

    @Override
    public List<SafetyStockRule> all() {
        return jdbc.query("SELECT scope, scope_key, quantity FROM safety_stock_rule ORDER BY scope, scope_key", RULE);
    }

    @Override
    public int reapply(SafetyScope scope, String key) {
        String rows = switch (scope) {
            case ARTICLE_AT_LOCATION -> "sku || '@' || location_id = ?";
            case ARTICLE -> "sku = ?";
            case LOCATION -> "location_id = ?";
            case LOCATION_TYPE -> "location_id IN (SELECT location_id FROM location WHERE type = ?)";
        };
        // rows in key order, like every other multi-row change, so this never deadlocks with allocations
        return jdbc.update("""
                WITH target AS (
                    SELECT sku, location_id, effective_safety_stock(sku, location_id) AS safety FROM stock
                     WHERE\s""" + rows + """
                     ORDER BY sku, location_id FOR UPDATE)
                UPDATE stock s SET safety_stock = t.safety, version = s.version + 1, updated_at = now()
                  FROM target t
                 WHERE s.sku = t.sku AND s.location_id = t.location_id AND s.safety_stock <> t.safety""", key);
    }
}
