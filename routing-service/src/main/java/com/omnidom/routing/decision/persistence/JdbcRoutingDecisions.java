package com.omnidom.routing.decision.persistence;

import com.omnidom.routing.decision.domain.Explanation;
import com.omnidom.routing.decision.domain.RoutingDecisions;
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

/** {@link RoutingDecisions} in PostgreSQL: the explanation is a JSONB document, written as its records serialise. */
@Repository
class JdbcRoutingDecisions implements RoutingDecisions {

    private static final TypeReference<Map<String, Object>> EXPLANATION = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcRoutingDecisions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void store(UUID orderId, RoutingTrigger trigger, String strategy, UUID profileId, Explanation explanation,
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
