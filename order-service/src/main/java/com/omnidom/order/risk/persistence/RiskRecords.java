package com.omnidom.order.risk.persistence;

import com.omnidom.order.risk.domain.Decision;
import com.omnidom.order.risk.domain.Review;
import com.omnidom.order.risk.domain.ReviewStatus;
import com.omnidom.order.risk.domain.RiskFinding;
import com.omnidom.order.risk.domain.RiskHistory;
import com.omnidom.order.risk.domain.RiskSubject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the risk check saw (observations, counted for velocity), the review queue and the decision audit. */
@Repository
public class RiskRecords {

    private static final TypeReference<List<RiskFinding>> FINDINGS = new TypeReference<>() {
    };

    private static final RowMapper<Review> REVIEW = (rs, n) -> new Review(rs.getObject("order_id", UUID.class),
            rs.getString("order_number"), rs.getString("channel"), rs.getString("customer_id"), rs.getString("currency"),
            rs.getBigDecimal("total"), RuleSets.JSON.readValue(rs.getString("reasons"), FINDINGS),
            rs.getInt("rule_set_version"), ReviewStatus.valueOf(rs.getString("status")),
            rs.getTimestamp("held_at").toInstant(), instant(rs.getTimestamp("decided_at")), rs.getString("decided_by"),
            rs.getString("decision_reason"));

    private static final RowMapper<Decision> DECISION = (rs, n) -> new Decision(rs.getLong("id"),
            rs.getObject("order_id", UUID.class), rs.getString("outcome"),
            RuleSets.JSON.readValue(rs.getString("reasons"), FINDINGS),
            (Integer) rs.getObject("rule_set_version"), rs.getString("decided_by"), rs.getString("reason"),
            rs.getTimestamp("decided_at").toInstant());

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public RiskRecords(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** Counted in the database over the observations of earlier orders (this one is not recorded yet), in one query. */
    public RiskHistory history(RiskSubject s, Instant now, Duration window) {
        var params = new MapSqlParameterSource("customer", s.customerKey()).addValue("address", s.addressKey())
                .addValue("since", Timestamp.from(now.minus(window)));
        String cards = "0";
        if (!s.fingerprints().isEmpty()) {
            params.addValue("cards", s.fingerprints());
            cards = """
                    (SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM risk_observation
                     WHERE kind = 'CARD' AND value IN (:cards) AND observed_at > :since GROUP BY value) per_card)""";
        }
        return named.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM risk_observation WHERE kind = 'CUSTOMER' AND value = :customer) AS known_customer,
                       EXISTS (SELECT 1 FROM risk_observation a JOIN risk_observation c ON c.order_id = a.order_id
                               WHERE a.kind = 'ADDRESS' AND a.value = CAST(:address AS text)
                                 AND c.kind = 'CUSTOMER' AND c.value = :customer) AS known_address,
                       (SELECT count(*) FROM risk_observation
                        WHERE kind = 'CUSTOMER' AND value = :customer AND observed_at > :since) AS by_customer,
                       (SELECT count(*) FROM risk_observation
                        WHERE kind = 'ADDRESS' AND value = CAST(:address AS text) AND observed_at > :since) AS by_address,
                       """ + cards + " AS by_card", params,
                (rs, n) -> new RiskHistory(rs.getBoolean("known_customer"), rs.getBoolean("known_address"),
                        rs.getInt("by_customer"), rs.getInt("by_address"), rs.getInt("by_card")));
    }

    /** One statement for all of the order's observations. */
    public void observe(RiskSubject s, Instant at) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[]{"CUSTOMER", s.customerKey()});
        if (s.addressKey() != null) rows.add(new Object[]{"ADDRESS", s.addressKey()});
        for (String card : s.fingerprints()) rows.add(new Object[]{"CARD", card});
        StringBuilder sql = new StringBuilder("INSERT INTO risk_observation (order_id, kind, value, observed_at) VALUES ");
        List<Object> args = new ArrayList<>();
        Timestamp ts = Timestamp.from(at);
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?)");
            args.add(s.orderId());
            args.add(rows.get(i)[0]);
            args.add(rows.get(i)[1]);
            args.add(ts);
        }
        jdbc.update(sql.append(" ON CONFLICT DO NOTHING").toString(), args.toArray());
    }

    public void decided(UUID orderId, String outcome, List<RiskFinding> reasons, Integer ruleSetVersion, String by,
                        String reason, Instant at) {
        jdbc.update("""
                INSERT INTO risk_decision (order_id, outcome, reasons, rule_set_version, decided_by, reason, decided_at)
                VALUES (?, ?, ?::jsonb, ?, ?, ?, ?)""", orderId, outcome, RuleSets.JSON.writeValueAsString(reasons),
                ruleSetVersion, by, reason, Timestamp.from(at));
    }

    public List<Decision> decisions(UUID orderId, int page, int size) {
        return orderId == null
                ? jdbc.query("SELECT * FROM risk_decision ORDER BY decided_at DESC, id DESC LIMIT ? OFFSET ?", DECISION,
                size, (long) page * size)
                : jdbc.query("SELECT * FROM risk_decision WHERE order_id = ? ORDER BY decided_at, id LIMIT ? OFFSET ?",
                DECISION, orderId, size, (long) page * size);
    }

    public long countDecisions(UUID orderId) {
        Long n = orderId == null ? jdbc.queryForObject("SELECT count(*) FROM risk_decision", Long.class)
                : jdbc.queryForObject("SELECT count(*) FROM risk_decision WHERE order_id = ?", Long.class, orderId);
        return n == null ? 0 : n;
    }

    public void hold(RiskSubject s, List<RiskFinding> reasons, int ruleSetVersion, Instant at) {
        jdbc.update("""
                INSERT INTO risk_review (order_id, order_number, channel, customer_id, currency, total, reasons,
                                         rule_set_version, status, held_at)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, 'OPEN', ?)""", s.orderId(), s.orderNumber(), s.channel(),
                s.customerId(), s.currency(), s.total(), RuleSets.JSON.writeValueAsString(reasons), ruleSetVersion,
                Timestamp.from(at));
    }

    /** Decides an open review; false when it is not open (decided meanwhile, or no such review). */
    public boolean decideReview(UUID orderId, ReviewStatus status, String by, String reason, Instant at) {
        return jdbc.update("""
                UPDATE risk_review SET status = ?, decided_by = ?, decision_reason = ?, decided_at = ?
                WHERE order_id = ? AND status = 'OPEN'""", status.name(), by, reason, Timestamp.from(at), orderId) == 1;
    }

    public Optional<Review> review(UUID orderId) {
        return jdbc.query("SELECT * FROM risk_review WHERE order_id = ?", REVIEW, orderId).stream().findFirst();
    }

    /** Oldest first: the queue is worked in the order orders were held. */
    public List<Review> reviews(ReviewStatus status, int page, int size) {
        List<Object> args = new ArrayList<>();
        String where = "";
        if (status != null) {
            where = " WHERE status = ?";
            args.add(status.name());
        }
        args.add(size);
        args.add((long) page * size);
        return jdbc.query("SELECT * FROM risk_review" + where + " ORDER BY held_at, order_id LIMIT ? OFFSET ?", REVIEW,
                args.toArray());
    }

    public long countReviews(ReviewStatus status) {
        Long n = status == null ? jdbc.queryForObject("SELECT count(*) FROM risk_review", Long.class)
                : jdbc.queryForObject("SELECT count(*) FROM risk_review WHERE status = ?", Long.class, status.name());
        return n == null ? 0 : n;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
