package com.omnidom.payment.taxes.persistence;

import com.omnidom.payment.taxes.domain.TaxCategory;
import com.omnidom.payment.taxes.domain.TaxRule;
import com.omnidom.payment.taxes.domain.TaxRules;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/** The versions of each country's tax rules; a version is written once (primary key: a concurrent change is refused). */
@Repository
public class TaxRuleVersions {

    private final JdbcTemplate jdbc;

    public TaxRuleVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TaxRules> current(String country) {
        return jdbc.query("SELECT max(version) FROM tax_rule_version WHERE country = ?",
                (rs, n) -> rs.getObject(1, Integer.class), country).stream().filter(v -> v != null).findFirst()
                .flatMap(version -> version(country, version));
    }

    public Optional<TaxRules> version(String country, int version) {
        return jdbc.query("SELECT * FROM tax_rule_version WHERE country = ? AND version = ?", (rs, n) -> new TaxRules(
                        country, version, rules(country, version), rs.getString("changed_by"), rs.getString("reason"),
                        rs.getTimestamp("changed_at").toInstant()), country, version).stream().findFirst();
    }

    /** Every version of the country, newest first. */
    public List<TaxRules> all(String country) {
        return jdbc.queryForList("SELECT version FROM tax_rule_version WHERE country = ? ORDER BY version DESC",
                Integer.class, country).stream().map(v -> version(country, v).orElseThrow()).toList();
    }

    public void add(TaxRules rules) {
        jdbc.update("INSERT INTO tax_rule_version (country, version, changed_by, reason, changed_at) VALUES (?, ?, ?, ?, ?)",
                rules.country(), rules.version(), rules.changedBy(), rules.reason(), Timestamp.from(rules.changedAt()));
        for (int i = 0; i < rules.rules().size(); i++) {
            TaxRule rule = rules.rules().get(i);
            jdbc.update("INSERT INTO tax_rule (country, version, position, category, rate, valid_from, valid_until) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)", rules.country(), rules.version(), i, rule.category().name(),
                    rule.rate(), Date.valueOf(rule.validFrom()), rule.validUntil() == null ? null : Date.valueOf(rule.validUntil()));
        }
    }

    private List<TaxRule> rules(String country, int version) {
        return jdbc.query("SELECT * FROM tax_rule WHERE country = ? AND version = ? ORDER BY position", (rs, n) -> new TaxRule(
                TaxCategory.valueOf(rs.getString("category")), rs.getBigDecimal("rate").stripTrailingZeros(),
                rs.getDate("valid_from").toLocalDate(),
                rs.getDate("valid_until") == null ? null : rs.getDate("valid_until").toLocalDate()), country, version);
    }
}
