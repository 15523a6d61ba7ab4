package com.omnidom.routing.fulfillment.persistence;

import com.omnidom.routing.fulfillment.domain.FulfillmentId;
import com.omnidom.routing.fulfillment.domain.PickupHold;
import com.omnidom.routing.fulfillment.domain.PickupHolds;
import com.omnidom.routing.fulfillment.domain.WaitingPickups;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@link WaitingPickups} in PostgreSQL. Each pickup's hold follows its location's type ({@code location_replica}), so
 * the cut-offs are a {@code CASE} over the configured types; the partial index on waiting pickups keeps the look small.
 * A pickup made ready by a version that did not keep {@code ready_for_pickup_at} counts from its last change.
 */
@Repository
class JdbcWaitingPickups implements WaitingPickups {

    private static final String READY_SINCE = "coalesce(f.ready_for_pickup_at, f.updated_at)";

    private final JdbcTemplate jdbc;

    JdbcWaitingPickups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<FulfillmentId> due(PickupHolds holds, Instant now, int limit) {
        List<Object> args = new ArrayList<>();
        String expired = cutOff(holds, now, PickupHold::expireAfter, args);
        String remind = cutOff(holds, now, PickupHold::remindAfter, args);
        args.add(limit);
        return jdbc.query("SELECT f.id FROM fulfillment_order f LEFT JOIN location_replica l ON l.location_id = f.location_id"
                        + " WHERE f.status = 'READY_FOR_PICKUP' AND (" + READY_SINCE + " <= " + expired
                        + " OR f.pickup_reminded_at IS NULL AND " + READY_SINCE + " <= " + remind + ")"
                        + " ORDER BY " + READY_SINCE + ", f.id LIMIT ?",
                (rs, n) -> new FulfillmentId(rs.getObject(1, UUID.class)), args.toArray());
    }

    @Override
    public boolean lockIfWaiting(FulfillmentId id) {
        return !jdbc.queryForList("SELECT id FROM fulfillment_order WHERE id = ? AND status = 'READY_FOR_PICKUP' "
                + "FOR UPDATE SKIP LOCKED", id.value()).isEmpty();
    }

    /** {@code CASE l.type WHEN ? THEN ? ... ELSE ? END}: the latest ready time due at {@code now}, per location type. */
    private static String cutOff(PickupHolds holds, Instant now, Function<PickupHold, Duration> after, List<Object> args) {
        StringBuilder sql = new StringBuilder();
        for (Map.Entry<String, PickupHold> type : holds.byType().entrySet()) {
            sql.append(" WHEN ? THEN ?::timestamptz");
            args.add(type.getKey());
            args.add(Timestamp.from(now.minus(after.apply(type.getValue()))));
        }
        args.add(Timestamp.from(now.minus(after.apply(holds.otherwise()))));
        return sql.isEmpty() ? "?::timestamptz" : "(CASE l.type" + sql + " ELSE ?::timestamptz END)";
    }
}
