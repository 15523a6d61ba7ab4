package com.omnidom.order.order.application;

import com.omnidom.order.order.domain.OrderStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How old the open orders are: counted in the database by status, channel and location per age bucket (age = since the
 * order was placed), and the orders that stay in their current status longer than its threshold ({@code stuckAfter}).
 */
@Service
public class AgeReport {

    /** Age buckets, upper bounds exclusive. */
    public enum Bucket {
        UNDER_1H("<1h", Duration.ofHours(1)), H1_TO_4("1-4h", Duration.ofHours(4)), H4_TO_24("4-24h", Duration.ofHours(24)),
        D1_TO_3("1-3d", Duration.ofDays(3)), OVER_3D(">3d", null);

        public final String label;
        final Duration below;

        Bucket(String label, Duration below) {
            this.label = label;
            this.below = below;
        }
    }

    static final List<String> CLOSED = Arrays.stream(OrderStatus.values()).filter(OrderStatus::closed).map(Enum::name).toList();

    @Schema(name = "OrderAgeReport")
    public record Report(Instant at, List<String> buckets, List<Row> byStatus, List<Row> byChannel, List<Row> byLocation,
                         List<Stuck> stuck, Map<OrderStatus, Duration> stuckAfter) {
    }

    @Schema(name = "OrderAgeRow", description = "Open orders of one status, channel or location per age bucket")
    public record Row(String key, Map<String, Long> counts, long total) {
    }

    @Schema(name = "StuckOrder")
    public record Stuck(UUID id, String orderNumber, String channel, OrderStatus status, String locationId,
                        Instant statusSince, @Schema(example = "PT5H12M") Duration inStatusFor,
                        @Schema(example = "PT4H") Duration threshold) {
    }

    /** One count per status × channel × location × bucket: the gauges and the report read it. */
    public record Cell(OrderStatus status, String channel, String locationId, Bucket bucket, long count) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final OrderProperties properties;
    private final Clock clock;

    public AgeReport(NamedParameterJdbcTemplate jdbc, OrderProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Report report(int stuckLimit) {
        Instant now = clock.instant();
        List<Cell> cells = cells(now);
        return new Report(now, Arrays.stream(Bucket.values()).map(b -> b.label).toList(),
                rows(cells, c -> c.status().name()), rows(cells, Cell::channel),
                rows(cells, c -> c.locationId() == null ? "(none)" : c.locationId()), stuck(now, stuckLimit),
                properties.stuckAfter());
    }

    @Transactional(readOnly = true)
    public List<Cell> cells(Instant now) {
        StringBuilder bucket = new StringBuilder("CASE");
        var params = new MapSqlParameterSource("now", Timestamp.from(now)).addValue("closed", CLOSED);
        for (Bucket b : Bucket.values()) {
            if (b.below == null) continue;
            bucket.append(" WHEN created_at > CAST(:now AS timestamptz) - make_interval(secs => ").append(b.below.toSeconds()).append(") THEN '")
                    .append(b.name()).append("'");
        }
        bucket.append(" ELSE '").append(Bucket.OVER_3D.name()).append("' END");
        return jdbc.query("SELECT status, channel, location_id, " + bucket + " AS bucket, count(*) AS n FROM customer_order "
                        + "WHERE status NOT IN (:closed) GROUP BY 1, 2, 3, 4", params,
                (rs, n) -> new Cell(OrderStatus.valueOf(rs.getString("status")), rs.getString("channel"),
                        rs.getString("location_id"), Bucket.valueOf(rs.getString("bucket")), rs.getLong("n")));
    }

    /** Longest in their status first. */
    @Transactional(readOnly = true)
    public List<Stuck> stuck(Instant now, int limit) {
        List<String> conditions = new ArrayList<>();
        var params = new MapSqlParameterSource("limit", limit);
        int i = 0;
        for (var e : properties.stuckAfter().entrySet()) {
            if (e.getKey().closed()) continue;
            conditions.add("(status = :s" + i + " AND status_since < :t" + i + ")");
            params.addValue("s" + i, e.getKey().name()).addValue("t" + i, Timestamp.from(now.minus(e.getValue())));
            i++;
        }
        if (conditions.isEmpty()) return List.of();
        return jdbc.query("SELECT id, order_number, channel, status, location_id, status_since FROM customer_order WHERE "
                        + String.join(" OR ", conditions) + " ORDER BY status_since, id LIMIT :limit", params,
                (rs, n) -> {
                    OrderStatus status = OrderStatus.valueOf(rs.getString("status"));
                    Instant since = rs.getTimestamp("status_since").toInstant();
                    return new Stuck(rs.getObject("id", UUID.class), rs.getString("order_number"), rs.getString("channel"),
                            status, rs.getString("location_id"), since, Duration.between(since, now),
                            properties.stuckAfter().get(status));
                });
    }

    /** Stuck orders per status (for the gauges), counted in the database. */
    @Transactional(readOnly = true)
    public Map<OrderStatus, Long> stuckCounts(Instant now) {
        Map<OrderStatus, Long> counts = new LinkedHashMap<>();
        for (var e : properties.stuckAfter().entrySet()) {
            if (e.getKey().closed()) continue;
            Long n = jdbc.queryForObject("SELECT count(*) FROM customer_order WHERE status = :s AND status_since < :t",
                    new MapSqlParameterSource("s", e.getKey().name()).addValue("t", Timestamp.from(now.minus(e.getValue()))),
                    Long.class);
            counts.put(e.getKey(), n == null ? 0 : n);
        }
        return counts;
    }

    private static List<Row> rows(List<Cell> cells, java.util.function.Function<Cell, String> key) {
        Map<String, Map<String, Long>> grouped = new java.util.TreeMap<>();
        for (Cell c : cells) {
            Map<String, Long> counts = grouped.computeIfAbsent(key.apply(c), k -> {
                Map<String, Long> empty = new LinkedHashMap<>();
                for (Bucket b : Bucket.values()) empty.put(b.label, 0L);
                return empty;
            });
            counts.merge(c.bucket().label, c.count(), Long::sum);
        }
        return grouped.entrySet().stream().map(e -> new Row(e.getKey(), e.getValue(),
                e.getValue().values().stream().mapToLong(Long::longValue).sum())).toList();
    }
}
