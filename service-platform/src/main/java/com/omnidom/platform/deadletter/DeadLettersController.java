package com.omnidom.platform.deadletter;

import com.omnidom.kernel.Page;
import com.omnidom.platform.consumer.ConsumerBindings;
import com.omnidom.platform.consumer.EventDispatcher;
import com.omnidom.platform.consumer.StoredRecord;
import com.omnidom.platform.kafka.Failures;
import com.omnidom.platform.parking.ParkedEvents;
import com.omnidom.platform.security.Caller;
import com.omnidom.platform.web.ResourceNotFound;
import com.omnidom.platform.web.StateConflict;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Ops handle this service's dead letters: list, inspect, redrive (straight to this service's handler, through the
 * dispatcher and the inbox, so once) or discard with a reason. Redriving onto the original topic is deliberately not
 * offered: this service is not the topic's single writer, and every other group would see the record again.
 */
@RestController
@Validated
@Tag(name = "dead-letters", description = "Records this service's consumer gave up on (also on <topic>.DLT): "
        + "inspect, redrive to this service's handler, or discard (docs/outbox-and-inbox.md).")
class DeadLettersController {

    enum Status { OPEN, REDRIVEN, DISCARDED }

    /** A dead letter in a list. */
    record DeadLetterSummary(long id, String topic, int partition, long offset, String key, String eventId,
                             String ceType, String exceptionClass, String exceptionMessage, Instant deadLetteredAt,
                             Status status, Instant resolvedAt, String resolvedBy, int redriveAttempts) {
    }

    /** A dead letter in full: headers, the body as JSON (or text), the exception, and how it was resolved. */
    record DeadLetter(long id, String consumer, String topic, int partition, long offset, String key, String eventId,
                      String ceType, Object headers, Object payload, String exceptionClass, String exceptionMessage,
                      String exceptionStack, Instant deadLetteredAt, Status status, Instant resolvedAt,
                      String resolvedBy, String resolutionNote, int redriveAttempts, String lastError) {
    }

    /** Why a dead letter is dropped for good. */
    record Discard(@NotBlank @Size(max = 2000) String reason) {
    }

    private static final String SUMMARY = "id, topic, kafka_partition, kafka_offset, record_key, event_id, ce_type,"
            + " exception_class, exception_message, dead_lettered_at, status, resolved_at, resolved_by, redrive_attempts";

    private final JdbcClient jdbc;
    private final EventDispatcher dispatcher;
    private final ParkedEvents parking;

    DeadLettersController(JdbcClient jdbc, EventDispatcher dispatcher, ParkedEvents parking) {
        this.jdbc = jdbc;
        this.dispatcher = dispatcher;
        this.parking = parking;
    }

    @GetMapping("/api/v1/dead-letters")
    @Operation(operationId = "listDeadLetters", summary = "Dead letters, newest first",
            description = "Filtered by status and topic; paged.")
    Page<DeadLetterSummary> list(@Parameter(description = "only dead letters in this status")
                                 @RequestParam(required = false) Status status,
                                 @Parameter(description = "only dead letters of this topic")
                                 @RequestParam(required = false) String topic,
                                 @RequestParam(defaultValue = "0") @Min(0) int page,
                                 @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        String where = " WHERE (CAST(:status AS text) IS NULL OR status = :status)"
                + " AND (CAST(:topic AS text) IS NULL OR topic = :topic)";
        String state = status == null ? null : status.name();
        long total = jdbc.sql("SELECT count(*) FROM dead_letter" + where)
                .param("status", state).param("topic", topic).query(Long.class).single();
        List<DeadLetterSummary> items = jdbc.sql("SELECT " + SUMMARY + " FROM dead_letter" + where
                        + " ORDER BY id DESC LIMIT :size OFFSET :offset")
                .param("status", state).param("topic", topic)
                .param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> summary(rs)).list();
        return Page.of(items, page, size, total);
    }

    @GetMapping("/api/v1/dead-letters/{id}")
    @Operation(operationId = "getDeadLetter", summary = "A dead letter with its headers, body and exception")
    DeadLetter get(@PathVariable long id) {
        return jdbc.sql("SELECT * FROM dead_letter WHERE id = ?").param(id).query((rs, n) -> {
            StoredRecord record = StoredRecord.read(rs);
            return new DeadLetter(rs.getLong("id"), rs.getString("consumer"), record.topic(), record.partition(),
                    record.offset(), record.key(), rs.getString("event_id"), rs.getString("ce_type"),
                    record.headersTree(), record.payloadForReading(), rs.getString("exception_class"),
                    rs.getString("exception_message"), rs.getString("exception_stack"),
                    instant(rs, "dead_lettered_at"), Status.valueOf(rs.getString("status")), instant(rs, "resolved_at"),
                    rs.getString("resolved_by"), rs.getString("resolution_note"), rs.getInt("redrive_attempts"),
                    rs.getString("last_error"));
        }).optional().orElseThrow(() -> new ResourceNotFound("dead letter " + id + " does not exist"));
    }

    @PostMapping("/api/v1/dead-letters/{id}/redrive")
    @Operation(operationId = "redriveDeadLetter", summary = "Applies a dead letter with this service's handler",
            description = "Through the dispatcher and the inbox, so at most once; not onto the original topic. "
                    + "REDRIVEN when applied or parked (waiting for a prerequisite); 409 naming the failure when the "
                    + "handler fails again (the dead letter stays OPEN with last_error), or when it is not OPEN.")
    DeadLetter redrive(@PathVariable long id, Caller caller) {
        DeadLetter letter = open(id);
        StoredRecord record = jdbc.sql("SELECT topic, kafka_partition, kafka_offset, record_key, headers, payload"
                        + " FROM dead_letter WHERE id = ?").param(id)
                .query((rs, n) -> StoredRecord.read(rs)).single();
        String note;
        try {
            ConsumerBindings.Binding binding = dispatcher.bindingOf(record.topic()).orElseThrow(() ->
                    new IllegalStateException("this service no longer consumes " + record.topic()));
            if (parking.topicsWaiting(record.key()).contains(record.topic())) {
                throw new EventDispatcher.ParkedBehind("key " + record.key() + " has parked events on " + record.topic());
            }
            dispatcher.dispatch(binding, record.toMessage());
            note = "applied";
            // it may be the prerequisite some parked events of its key wait for
            if (!parking.topicsWaiting(record.key()).isEmpty()) parking.replaySoon(record.key());
        } catch (RuntimeException failure) {
            if (Failures.of(failure) != Failures.PREREQUISITE) {
                jdbc.sql("UPDATE dead_letter SET redrive_attempts = redrive_attempts + 1, last_error = ? WHERE id = ?")
                        .param(failure.toString()).param(id).update();
                throw new StateConflict("dead letter " + id + " failed again: " + failure);
            }
            parking.park(record, failure.getMessage());
            note = "parked: " + failure.getMessage();
        }
        resolve(letter.id(), Status.REDRIVEN, caller, note);
        return get(id);
    }

    @PostMapping("/api/v1/dead-letters/{id}/discard")
    @Operation(operationId = "discardDeadLetter", summary = "Drops a dead letter for good, with the reason")
    DeadLetter discard(@PathVariable long id, @Valid @RequestBody Discard discard, Caller caller) {
        open(id);
        resolve(id, Status.DISCARDED, caller, discard.reason());
        return get(id);
    }

    private DeadLetter open(long id) {
        DeadLetter letter = get(id);
        if (letter.status() != Status.OPEN) {
            throw new StateConflict("dead letter " + id + " is " + letter.status() + ", not OPEN");
        }
        return letter;
    }

    private void resolve(long id, Status status, Caller caller, String note) {
        int resolved = jdbc.sql("""
                        UPDATE dead_letter SET status = :status, resolved_at = clock_timestamp(), resolved_by = :by,
                               resolution_note = :note,
                               redrive_attempts = redrive_attempts + CASE WHEN :status = 'REDRIVEN' THEN 1 ELSE 0 END
                        WHERE id = :id AND status = 'OPEN'""")
                .param("status", status.name()).param("by", caller.subject()).param("note", note).param("id", id)
                .update();
        if (resolved == 0) throw new StateConflict("dead letter " + id + " was resolved meanwhile");
    }

    private static DeadLetterSummary summary(ResultSet rs) throws SQLException {
        return new DeadLetterSummary(rs.getLong("id"), rs.getString("topic"), rs.getInt("kafka_partition"),
                rs.getLong("kafka_offset"), rs.getString("record_key"), rs.getString("event_id"),
                rs.getString("ce_type"), rs.getString("exception_class"), rs.getString("exception_message"),
                instant(rs, "dead_lettered_at"), Status.valueOf(rs.getString("status")), instant(rs, "resolved_at"),
                rs.getString("resolved_by"), rs.getInt("redrive_attempts"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
