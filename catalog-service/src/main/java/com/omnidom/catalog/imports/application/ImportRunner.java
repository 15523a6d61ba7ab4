package com.omnidom.catalog.imports.application;

import com.omnidom.catalog.article.application.SaveArticle;
import com.omnidom.catalog.imports.domain.ImportFormat;
import com.omnidom.catalog.imports.domain.ImportJob;
import com.omnidom.catalog.imports.domain.ImportJobs;
import com.omnidom.catalog.imports.domain.ImportKind;
import com.omnidom.catalog.imports.domain.ImportNotRunning;
import com.omnidom.catalog.imports.domain.RowError;
import com.omnidom.catalog.location.application.SaveLocation;
import com.omnidom.kernel.RuleViolation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Applies a spooled upload in chunks of rows, one transaction per chunk: each accepted row's change, its
 * event and the job's progress commit together. A row breaking a rule is rejected before it writes anything,
 * so the chunk goes on. Should a chunk fail anyway (a constraint the rules did not foresee, a concurrent
 * change), it is redone row by row, so only the offending row is lost.
 */
@Component
public class ImportRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportJobs jobs;
    private final Map<ImportKind, ImportTarget> targets;
    private final TransactionTemplate transactions;
    private final Validator validator;
    private final JsonMapper json;
    private final ImportProperties properties;
    private final ThreadPoolTaskExecutor executor;
    private final Clock clock;
    private final EntityManager entityManager;

    public ImportRunner(ImportJobs jobs, SaveArticle saveArticle, SaveLocation saveLocation,
                        PlatformTransactionManager transactionManager, Validator validator, JsonMapper json,
                        ImportProperties properties, Clock clock, EntityManager entityManager) {
        this.jobs = jobs;
        this.targets = Map.of(ImportKind.ARTICLES, ImportTarget.articles(saveArticle),
                ImportKind.LOCATIONS, ImportTarget.locations(saveLocation));
        this.transactions = new TransactionTemplate(transactionManager);
        this.validator = validator;
        this.json = json;
        this.properties = properties;
        // its own small pool (not a bean, so Boot's applicationTaskExecutor stays): imports never take request threads
        this.executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("catalog-import-");
        executor.setCorePoolSize(properties.workers());
        executor.setMaxPoolSize(properties.workers());
        // on shutdown running imports are interrupted; they stop after their current chunk
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
        this.clock = clock;
        this.entityManager = entityManager;
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }

    void submit(UUID jobId, ImportKind kind, ImportFormat format, Path file) {
        executor.execute(() -> run(jobId, kind, format, file));
    }

    void run(UUID jobId, ImportKind kind, ImportFormat format, Path file) {
        ImportTarget target = targets.get(kind);
        try (RowReader rows = open(format, file, target)) {
            List<ParsedRow> chunk = new ArrayList<>(properties.chunkSize());
            ParsedRow row;
            while ((row = rows.next()) != null) {
                chunk.add(row);
                if (chunk.size() == properties.chunkSize()) {
                    applyChunk(jobId, chunk, target);
                    chunk.clear();
                    if (Thread.currentThread().isInterrupted()) {
                        fail(jobId, new RowError(null, null, "import stopped: the instance shut down"));
                        return;
                    }
                }
            }
            applyChunk(jobId, chunk, target);
            transactions.executeWithoutResult(tx -> job(jobId).complete(clock.instant()));
            log.info("import {} of {} completed", jobId, kind);
        } catch (RowReader.MalformedFile e) {
            fail(jobId, new RowError(e.row() == 0 ? null : e.row(), null, e.getMessage()));
        } catch (ImportNotRunning e) {
            log.warn("import {} ended elsewhere, its worker stops: {}", jobId, e.getMessage());
        } catch (IOException | RuntimeException e) {
            log.error("import {} failed", jobId, e);
            fail(jobId, new RowError(null, null, "import stopped: the file could not be processed further"));
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("could not delete spooled upload {}: {}", file, e.toString());
            }
        }
    }

    private RowReader open(ImportFormat format, Path file, ImportTarget target) throws IOException {
        return switch (format) {
            case NDJSON -> new NdjsonRowReader(file, json, target.documentType(), properties.maxLineLength());
            case CSV -> new CsvRowReader(file, target.csv());
        };
    }

    private void applyChunk(UUID jobId, List<ParsedRow> chunk, ImportTarget target) {
        if (chunk.isEmpty()) return;
        try {
            transactions.executeWithoutResult(tx -> {
                Tally tally = new Tally();
                chunk.forEach(row -> apply(row, target, tally));
                note(jobId, tally);
            });
        } catch (ImportNotRunning e) {
            throw e;
        } catch (RuntimeException chunkFailed) {
            log.warn("import {}: a chunk failed as a whole ({}), redoing it row by row", jobId, chunkFailed.toString());
            chunk.forEach(row -> applyAlone(jobId, row, target));
        }
    }

    private void applyAlone(UUID jobId, ParsedRow row, ImportTarget target) {
        try {
            transactions.executeWithoutResult(tx -> {
                Tally tally = new Tally();
                apply(row, target, tally);
                note(jobId, tally);
            });
        } catch (ImportNotRunning e) {
            throw e;
        } catch (RuntimeException rowFailed) {
            log.warn("import {}: row {} could not be stored: {}", jobId, row.row(), rowFailed.toString());
            Tally tally = new Tally();
            tally.reject(List.of(new RowError(row.row(), null, "could not be stored (conflicts with existing data)")));
            transactions.executeWithoutResult(tx -> note(jobId, tally));
        }
    }

    private void apply(ParsedRow row, ImportTarget target, Tally tally) {
        if (!row.problems().isEmpty()) {
            tally.reject(row.problems());
            return;
        }
        Set<ConstraintViolation<Object>> invalid = validator.validate(row.document());
        if (!invalid.isEmpty()) {
            tally.reject(invalid.stream()
                    .map(v -> new RowError(row.row(), field(v), v.getMessage()))
                    .sorted(Comparator.comparing(RowError::field))
                    .toList());
            return;
        }
        try {
            target.apply().to(row.document());
            tally.accepted++;
        } catch (RuleViolation e) {
            tally.reject(e.violations().stream().map(v -> new RowError(row.row(), v.field(), v.message())).toList());
        } finally {
            // each row is written already; without this every later flush of the chunk would dirty-check
            // all earlier rows' entities again (quadratic in the chunk size)
            entityManager.flush();
            entityManager.clear();
        }
    }

    /** Bean Validation's path without its container-element nodes: {@code imageUrls[0].<list element>} becomes {@code imageUrls[0]}. */
    static String field(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString().replaceAll("\\.?<[^>]+>", "");
    }

    private void note(UUID jobId, Tally tally) {
        job(jobId).noteRows(tally.accepted, tally.rejected, tally.errors, properties.maxStoredErrors(), clock.instant());
    }

    private void fail(UUID jobId, RowError reason) {
        try {
            transactions.executeWithoutResult(tx -> job(jobId).fail(reason, properties.maxStoredErrors(), clock.instant()));
        } catch (RuntimeException e) {
            // the sweeper of abandoned imports will mark it when the database is back
            log.error("could not mark import {} as failed", jobId, e);
        }
    }

    private ImportJob job(UUID jobId) {
        return jobs.findById(jobId).orElseThrow(() -> new ImportNotRunning("import " + jobId + " is gone"));
    }

    /** Outcome of the rows of one transaction. */
    private static final class Tally {
        int accepted;
        int rejected;
        final List<RowError> errors = new ArrayList<>();

        /** One row may break several rules: it counts once, all its reasons are reported. */
        void reject(List<RowError> reasons) {
            rejected++;
            errors.addAll(reasons);
        }
    }
}
