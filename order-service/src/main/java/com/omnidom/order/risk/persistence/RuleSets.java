package com.omnidom.order.risk.persistence;

import com.omnidom.order.risk.domain.RiskRules;
import com.omnidom.order.risk.domain.RuleSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/** Versions of the abnormality rules; a version is written once (primary key: a concurrent change is refused). */
@Repository
public class RuleSets {

    /** Its own mapper: stored rule sets must read the same whatever the REST settings are. */
    static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final RowMapper<RuleSet> rowMapper = (rs, n) -> new RuleSet(rs.getInt("version"),
            JSON.readValue(rs.getString("rules"), RiskRules.class), rs.getString("changed_by"), rs.getString("reason"),
            rs.getTimestamp("created_at").toInstant());

    private final JdbcTemplate jdbc;

    public RuleSets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public RuleSet current() {
        return jdbc.query("SELECT * FROM risk_rule_set ORDER BY version DESC LIMIT 1", rowMapper).getFirst();
    }

    public Optional<RuleSet> version(int version) {
        return jdbc.query("SELECT * FROM risk_rule_set WHERE version = ?", rowMapper, version).stream().findFirst();
    }

    public List<RuleSet> all() {
        return jdbc.query("SELECT * FROM risk_rule_set ORDER BY version DESC", rowMapper);
    }

    public void add(RuleSet set) {
        jdbc.update("INSERT INTO risk_rule_set (version, rules, changed_by, reason, created_at) VALUES (?, ?::jsonb, ?, ?, ?)",
                set.version(), JSON.writeValueAsString(set.rules()), set.changedBy(), set.reason(),
                Timestamp.from(set.createdAt()));
    }
}
