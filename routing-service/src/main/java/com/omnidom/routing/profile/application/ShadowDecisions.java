package com.omnidom.routing.profile.application;

import com.omnidom.routing.engine.CostBreakdown;
import com.omnidom.routing.engine.Exclusion;
import com.omnidom.routing.engine.Shipment;
import com.omnidom.routing.engine.UnassignedLine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What SHADOW profiles decided next to the live profile, and the report over them. */
@Repository
public class ShadowDecisions {

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public ShadowDecisions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One shadow decision.
     *
     * @param liveCost           the live decision's cost under the live profile
     * @param shadowCost         the shadow decision's cost under its own profile
     * @param shadowCostLiveTerms the shadow plan costed under the live profile: comparable with {@code liveCost}
     */
    public record Shadow(UUID profileId, UUID orderId, UUID liveProfileId, List<String> liveLocations,
                         List<String> shadowLocations, long liveCost, long shadowCost, long shadowCostLiveTerms,
                         int liveUnassignedUnits, int shadowUnassignedUnits, Explanation explanation) {
    }

    /** What the shadow profile decided, as stored with it. */
    public record Explanation(List<Shipment> shipments, List<UnassignedLine> unassigned, CostBreakdown cost,
                              boolean provenOptimal, List<Exclusion> exclusions) {
    }

    public void record(Shadow s, Instant now) {
        jdbc.update("""
                INSERT INTO shadow_decision (id, profile_id, order_id, live_profile_id, live_locations, shadow_locations, live_cost,
                    shadow_cost, shadow_cost_live_terms, live_unassigned_units, shadow_unassigned_units, explanation, decided_at)
                VALUES (?, ?, ?, ?, CAST(? AS text[]), CAST(? AS text[]), ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)""",
                UUID.randomUUID(), s.profileId(), s.orderId(), s.liveProfileId(), array(s.liveLocations()),
                array(s.shadowLocations()), s.liveCost(), s.shadowCost(), s.shadowCostLiveTerms(), s.liveUnassignedUnits(),
                s.shadowUnassignedUnits(), json.writeValueAsString(s.explanation()), Timestamp.from(now));
    }

    /** Totals over every shadow decision of the profile, and the latest ones. */
    public record Report(UUID profileId, long decisions, long sameLocations, long differentLocations, long costDeltaTotal,
                         Double costDeltaMean, long liveUnassignedUnits, long shadowUnassignedUnits, List<Row> latest) {
    }

    /** One decision in the report; {@code costDelta} = shadow plan − live plan, both under the live profile. */
    public record Row(UUID orderId, List<String> liveLocations, List<String> shadowLocations, long liveCost,
                      long shadowCostLiveTerms, long costDelta, Instant decidedAt) {
    }

    public Report report(UUID profileId, int latest) {
        Map<String, Object> totals = jdbc.queryForMap("""
                SELECT count(*) AS decisions,
                       count(*) FILTER (WHERE live_locations = shadow_locations) AS same,
                       coalesce(sum(shadow_cost_live_terms - live_cost), 0) AS delta,
                       avg(shadow_cost_live_terms - live_cost)::float8 AS mean,
                       coalesce(sum(live_unassigned_units), 0) AS live_unassigned,
                       coalesce(sum(shadow_unassigned_units), 0) AS shadow_unassigned
                FROM shadow_decision WHERE profile_id = ?""", profileId);
        List<Row> rows = jdbc.query("""
                SELECT order_id, live_locations, shadow_locations, live_cost, shadow_cost_live_terms, decided_at
                FROM shadow_decision WHERE profile_id = ? ORDER BY decided_at DESC, id LIMIT ?""", (rs, n) -> new Row(
                rs.getObject("order_id", UUID.class), List.of((String[]) rs.getArray("live_locations").getArray()),
                List.of((String[]) rs.getArray("shadow_locations").getArray()), rs.getLong("live_cost"),
                rs.getLong("shadow_cost_live_terms"), rs.getLong("shadow_cost_live_terms") - rs.getLong("live_cost"),
                rs.getTimestamp("decided_at").toInstant()), profileId, latest);
        long decisions = ((Number) totals.get("decisions")).longValue();
        long same = ((Number) totals.get("same")).longValue();
        return new Report(profileId, decisions, same, decisions - same, ((Number) totals.get("delta")).longValue(),
                totals.get("mean") == null ? null : ((Number) totals.get("mean")).doubleValue(),
                ((Number) totals.get("live_unassigned")).longValue(), ((Number) totals.get("shadow_unassigned")).longValue(), rows);
    }

    private static String array(List<String> values) {
        return "{" + String.join(",", values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").toList()) + "}";
    }
}
