package com.omnidom.inventory.allocation.persistence;

import com.omnidom.inventory.allocation.domain.RejectionReasons;
import com.omnidom.inventory.stock.domain.ReleaseEffect;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.LinkedHashMap;
import java.util.Map;

@Repository
class JdbcRejectionReasons implements RejectionReasons {

    private final JdbcTemplate jdbc;

    JdbcRejectionReasons(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ReleaseEffect effectOf(String reason) {
        if (reason == null) return ReleaseEffect.RELEASE;
        return jdbc.queryForList("SELECT effect FROM rejection_reason WHERE reason = ?", String.class, reason).stream()
                .findFirst().map(ReleaseEffect::valueOf).orElse(ReleaseEffect.RELEASE);
    }

    @Override
    public void put(String reason, ReleaseEffect effect) {
        jdbc.update("""
                INSERT INTO rejection_reason (reason, effect) VALUES (?, ?)
                ON CONFLICT (reason) DO UPDATE SET effect = EXCLUDED.effect, updated_at = now()""", reason, effect.name());
    }

    @Override
    public boolean remove(String reason) {
        return jdbc.update("DELETE FROM rejection_reason WHERE reason = ?", reason) > 0;
    }

    @Override
    public Map<String, ReleaseEffect> all() {
        Map<String, ReleaseEffect> all = new LinkedHashMap<>();
        jdbc.query("SELECT reason, effect FROM rejection_reason ORDER BY reason",
                rs -> {
                    all.put(rs.getString(1), ReleaseEffect.valueOf(rs.getString(2)));
                });
        return all;
    }
}
