package com.omnidom.order.risk.persistence;

import com.omnidom.order.risk.domain.Suggestion;
import com.omnidom.order.risk.domain.SuggestionStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Black list suggestions from chargebacks; one per chargeback (unique chargeback id). */
@Repository
public class RiskSuggestions {

    private static final RowMapper<Suggestion> SUGGESTION = (rs, n) -> new Suggestion(rs.getObject("id", UUID.class),
            rs.getObject("chargeback_id", UUID.class), rs.getObject("order_id", UUID.class), rs.getString("order_number"),
            rs.getString("channel"), rs.getString("customer_id"), rs.getString("currency"), rs.getBigDecimal("amount"),
            rs.getString("reason"), SuggestionStatus.valueOf(rs.getString("status")),
            rs.getTimestamp("created_at").toInstant(), rs.getString("decided_by"), instant(rs.getTimestamp("decided_at")),
            rs.getString("decision_reason"), rs.getObject("list_entry_id", UUID.class));

    private final JdbcTemplate jdbc;

    public RiskSuggestions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether it was stored (false: this chargeback suggested already) */
    public boolean add(Suggestion s) {
        return jdbc.update("""
                INSERT INTO risk_suggestion (id, chargeback_id, order_id, order_number, channel, customer_id, currency,
                                             amount, reason, status, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (chargeback_id) DO NOTHING""",
                s.id(), s.chargebackId(), s.orderId(), s.orderNumber(), s.channel(), s.customerId(), s.currency(),
                s.amount(), s.reason(), s.status().name(), Timestamp.from(s.createdAt())) == 1;
    }

    public Optional<Suggestion> find(UUID id) {
        return jdbc.query("SELECT * FROM risk_suggestion WHERE id = ?", SUGGESTION, id).stream().findFirst();
    }

    public Optional<Suggestion> byChargeback(UUID chargebackId) {
        return jdbc.query("SELECT * FROM risk_suggestion WHERE chargeback_id = ?", SUGGESTION, chargebackId).stream().findFirst();
    }

    /** OPEN → {@code status}, only while it is open: @return whether this call decided it. */
    public boolean decide(UUID id, SuggestionStatus status, String by, String reason, UUID listEntryId, Instant at) {
        return jdbc.update("""
                UPDATE risk_suggestion SET status = ?, decided_by = ?, decision_reason = ?, list_entry_id = ?, decided_at = ?
                 WHERE id = ? AND status = 'OPEN'""", status.name(), by, reason, listEntryId, Timestamp.from(at), id) == 1;
    }

    public List<Suggestion> find(SuggestionStatus status, int page, int size) {
        return jdbc.query("SELECT * FROM risk_suggestion WHERE status = ? ORDER BY created_at, id LIMIT ? OFFSET ?",
                SUGGESTION, status.name(), size, (long) page * size);
    }

    public long count(SuggestionStatus status) {
        Long n = jdbc.queryForObject("SELECT count(*) FROM risk_suggestion WHERE status = ?", Long.class, status.name());
        return n == null ? 0 : n;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
