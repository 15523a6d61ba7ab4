package com.omnidom.catalog.imports.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One bulk import and its progress. The counters change in the same transaction as the rows they count,
 * so the progress any instance reads is exactly what is stored. All rejections are counted; only the first
 * ones are kept with their reasons, so a file of a million bad rows cannot bloat the row.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private ImportKind kind;

    @Enumerated(EnumType.STRING)
    private ImportFormat format;

    @Enumerated(EnumType.STRING)
    private ImportStatus status;

    private long totalRows;

    private long processedRows;

    private long acceptedRows;

    private long rejectedRows;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<RowError> errors = new ArrayList<>();

    private Instant startedAt;

    private Instant finishedAt;

    /** Last sign of life of the worker; a RUNNING job without one for long was abandoned by a stopped instance. */
    private Instant heartbeatAt;

    protected ImportJob() {
        // for JPA
    }

    public static ImportJob start(UUID id, ImportKind kind, ImportFormat format, long totalRows, Instant now) {
        ImportJob job = new ImportJob();
        job.id = id;
        job.kind = kind;
        job.format = format;
        job.status = ImportStatus.RUNNING;
        job.totalRows = totalRows;
        job.startedAt = now;
        job.heartbeatAt = now;
        return job;
    }

    /** Counts rows applied or rejected; {@code errors} holds the reasons (a rejected row may have several). */
    public void noteRows(int accepted, int rejected, List<RowError> errors, int maxStoredErrors, Instant now) {
        requireRunning();
        acceptedRows += accepted;
        rejectedRows += rejected;
        processedRows += accepted + rejected;
        keep(errors, maxStoredErrors);
        heartbeatAt = now;
    }

    public void complete(Instant now) {
        requireRunning();
        status = ImportStatus.COMPLETED;
        // the count taken while spooling is an estimate for CSV (quoted line breaks); the processed rows are the truth
        totalRows = processedRows;
        finishedAt = now;
        heartbeatAt = now;
    }

    public void fail(RowError reason, int maxStoredErrors, Instant now) {
        if (status != ImportStatus.RUNNING) return;
        status = ImportStatus.FAILED;
        // the reason is kept even when the error list is full: it is what the client needs most
        List<RowError> kept = new ArrayList<>(errors);
        if (kept.size() >= maxStoredErrors && !kept.isEmpty()) kept.removeLast();
        kept.add(reason);
        errors = kept;
        finishedAt = now;
        heartbeatAt = now;
    }

    private void keep(List<RowError> rejected, int maxStoredErrors) {
        int room = maxStoredErrors - errors.size();
        if (room <= 0 || rejected.isEmpty()) return;
        List<RowError> kept = new ArrayList<>(errors);
        kept.addAll(rejected.subList(0, Math.min(room, rejected.size())));
        errors = kept;
    }

    private void requireRunning() {
        if (status != ImportStatus.RUNNING) throw new ImportNotRunning("import " + id + " is " + status);
    }

    public ImportProgress progress() {
        return new ImportProgress(id, kind, format, status, totalRows, processedRows, acceptedRows, rejectedRows,
                List.copyOf(errors), startedAt, finishedAt);
    }
}
