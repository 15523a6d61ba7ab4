package com.omnidom.platform.parking;

import com.omnidom.kernel.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Ops see what this service's consumer parked: {@code GET /api/v1/parked-events}, oldest first (replay order). */
@RestController
@Validated
@Tag(name = "parked-events", description = "Events this service's consumer parked while they wait for a "
        + "prerequisite, and those of the same key behind them (docs/outbox-and-inbox.md).")
public class ParkedEventsController {

    /** A parked event; {@code overdue} when parked longer than {@code omnidom.kafka.parked-alert-after}. */
    record ParkedEvent(long id, String topic, int partition, long offset, String key, String eventId, String ceType,
                       String reason, Instant parkedAt, int attempts, Instant nextAttemptAt, String lastError,
                       boolean overdue) {
    }

    private final JdbcClient jdbc;
    private final String consumer;
    private final ParkingProperties properties;

    public ParkedEventsController(JdbcClient jdbc, String consumer, ParkingProperties properties) {
        this.jdbc = jdbc;
        this.consumer = consumer;
        this.properties = properties;
    }

    @GetMapping("/api/v1/parked-events")
    @Operation(operationId = "listParkedEvents", summary = "Parked events, oldest first",
            description = "In the order they are replayed; filtered by topic and record key; paged.")
    Page<ParkedEvent> list(@Parameter(description = "only events of this topic") @RequestParam(required = false) String topic,
                           @Parameter(description = "only events with this record key") @RequestParam(required = false) String key,
                           @RequestParam(defaultValue = "0") @Min(0) int page,
                           @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        String where = " WHERE consumer = :consumer AND (CAST(:topic AS text) IS NULL OR topic = :topic)"
                + " AND (CAST(:key AS text) IS NULL OR record_key = :key)";
        long total = jdbc.sql("SELECT count(*) FROM parked_event" + where)
                .param("consumer", consumer).param("topic", topic).param("key", key).query(Long.class).single();
        List<ParkedEvent> items = jdbc.sql("""
                        SELECT id, topic, kafka_partition, kafka_offset, record_key, event_id, ce_type, reason, parked_at,
                               attempts, next_attempt_at, last_error,
                               parked_at < clock_timestamp() - :alert * interval '1 millisecond' AS overdue
                        FROM parked_event""" + where + " ORDER BY id LIMIT :size OFFSET :offset")
                .param("consumer", consumer).param("topic", topic).param("key", key)
                .param("alert", properties.alertAfter().toMillis())
                .param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> new ParkedEvent(rs.getLong("id"), rs.getString("topic"), rs.getInt("kafka_partition"),
                        rs.getLong("kafka_offset"), rs.getString("record_key"), rs.getString("event_id"),
                        rs.getString("ce_type"), rs.getString("reason"), instant(rs.getTimestamp("parked_at")),
                        rs.getInt("attempts"), instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"),
                        rs.getBoolean("overdue")))
                .list();
        return Page.of(items, page, size, total);
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
