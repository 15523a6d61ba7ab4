package com.omnidom.routing.decision.application;

import com.omnidom.routing.decision.domain.Assignment;
import com.omnidom.routing.decision.domain.RoutingPlan;
import com.omnidom.routing.decision.domain.RoutingTrigger;
import com.omnidom.routing.fulfillment.domain.FulfillmentId;
import com.omnidom.routing.fulfillment.domain.LineQuantity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    public record Decision(UUID decisionId, UUID orderId, String trigger, String strategy, Map<String, Object> explanation,
                           Instant decidedAt) {
    }

    public void record(UUID orderId, RoutingTrigger trigger, String strategy, int candidates, Set<String> excluded,
                       Set<String> refusedForCapacity, RoutingPlan plan, List<FulfillmentId> fulfillments, Instant now) {
        List<Map<String, Object>> picks = new ArrayList<>();
        for (int i = 0; i < plan.assignments().size(); i++) {
            Assignment a = plan.assignments().get(i);
            Map<String, Object> pick = new LinkedHashMap<>();
            pick.put("fulfillmentId", fulfillments.get(i).value());
            pick.put("locationId", a.locationId());
            pick.put("lineIds", a.lines().stream().map(LineQuantity::lineId).toList());
            pick.put("units", a.units());
            pick.put("distanceKm", a.distanceKm());
            pick.put("reason", a.reason());
            picks.add(pick);
        }
        Map<String, Object> explanation = new LinkedHashMap<>();
        explanation.put("candidates", candidates);
        explanation.put("excluded", excluded.stream().sorted().toList());
        explanation.put("refusedForCapacity", refusedForCapacity.stream().sorted().toList());
        explanation.put("assignments", picks);
        explanation.put("unroutableLineIds", plan.unroutable().stream().map(LineQuantity::lineId).toList());
        explanation.put("unroutableReason", plan.unroutableReason());
        jdbc.update("""
                INSERT INTO routing_decision (id, order_id, trigger, strategy, explanation, decided_at)
                VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?)""",
                UUID.randomUUID(), orderId, trigger.name(), strategy, json.writeValueAsString(explanation), Timestamp.from(now));
    }

    public List<Decision> of(UUID orderId) {
        return jdbc.query("""
                SELECT id, order_id, trigger, strategy, explanation, decided_at FROM routing_decision
                WHERE order_id = ? ORDER BY decided_at, id""", (rs, n) -> new Decision(
                rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class), rs.getString("trigger"),
                rs.getString("strategy"), json.readValue(rs.getString("explanation"), EXPLANATION),
                rs.getTimestamp("decided_at").toInstant()), orderId);
    }
}
