package com.omnidom.platform.security;

import com.omnidom.kernel.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Ops read who changed what in this service: {@code GET /api/v1/audit-records}, newest first. */
@RestController
@org.springframework.validation.annotation.Validated
@Tag(name = "audit", description = "Who changed what in this service: every state-changing call with the token's "
        + "subject and client (docs/security.md).")
class AuditRecordsController {

    /** One state-changing call: when, who (subject), through which client, what, and the answer's status. */
    record AuditRecord(long id, Instant at, String subject, String client, String method, String path, int status) {
    }

    private final JdbcClient jdbc;

    AuditRecordsController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/v1/audit-records")
    @Operation(operationId = "listAuditRecords", summary = "State-changing calls, newest first",
            description = "Filtered by the caller's subject and a start time; paged.")
    Page<AuditRecord> list(@Parameter(description = "only this subject's calls") @RequestParam(required = false) String subject,
                           @Parameter(description = "only calls at or after this time (ISO-8601)")
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime since,
                           @RequestParam(defaultValue = "0") @jakarta.validation.constraints.Min(0) int page,
                           @RequestParam(defaultValue = "50") @jakarta.validation.constraints.Min(1)
                           @jakarta.validation.constraints.Max(500) int size) {
        String where = " WHERE (CAST(:subject AS text) IS NULL OR subject = :subject)"
                + " AND (CAST(:since AS timestamptz) IS NULL OR at >= :since)";
        java.sql.Timestamp from = since == null ? null : java.sql.Timestamp.from(since.toInstant());
        long total = jdbc.sql("SELECT count(*) FROM audit_record" + where)
                .param("subject", subject).param("since", from).query(Long.class).single();
        List<AuditRecord> items = jdbc.sql("SELECT id, at, subject, client, method, path, status FROM audit_record"
                        + where + " ORDER BY id DESC LIMIT :size OFFSET :offset")
                .param("subject", subject).param("since", from)
                .param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> new AuditRecord(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("subject"), rs.getString("client"), rs.getString("method"),
                        rs.getString("path"), rs.getInt("status")))
                .list();
        return Page.of(items, page, size, total);
    }
}
