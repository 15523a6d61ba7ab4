package com.omnidom.routing.decision.application;

import com.omnidom.routing.decision.domain.RoutingTrigger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every routing decision with its explanation, kept so anyone can later ask why an order went where it went. */
@Repository
public class RoutingDecisions {

    private static final TypeReference<Map<String, Object>> EXPLANATION = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public RoutingDecisions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A decision as stored: {@code explanation} holds the candidates, exclusions, picks with reasons and the rest. */
    public record Decision(UUID decisionId, UUID orderId, String trigger, String strategy, UUID profileId,
                           Map<String, Object> explanation, Instant decidedAt) {
    }

    /** Stores a decision with any explanation (manual assignments, the engine's explanation). */
    public void store(UUID orderId, RoutingTrigger trigger, String strategy, UUID profileId, Map<String, Object> explanation,
                      Instant now) {
        jdbc.update("""
                INSERT INTO routing_decision (id, order_id, trigger, strategy, profile_id, explanation, decided_at)
                VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?)""",
                UUID.randomUUID(), orderId, trigger.name(), strategy, profileId, json.writeValueAsString(explanation),
                Timestamp.from(now));
    }

    public List<Decision> of(UUID orderId) {
        return jdbc.query("""
                SELECT id, order_id, trigger, strategy, profile_id, explanation, decided_at FROM routing_decision
                WHERE order_id = ? ORDER BY decided_at, id""", (rs, n) -> new Decision(
                rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class), rs.getString("trigger"),
                rs.getString("strategy"), rs.getObject("profile_id", UUID.class), json.readValue(rs.getString("explanation"), EXPLANATION),
                rs.getTimestamp("decided_at").toInstant()), orderId);
    }
}
