package com.omnidom.catalog.imports.application;

import com.omnidom.catalog.imports.domain.ImportFormat;
import com.omnidom.catalog.imports.domain.ImportJob;
import com.omnidom.catalog.imports.domain.ImportJobs;
import com.omnidom.catalog.imports.domain.ImportKind;
import com.omnidom.catalog.imports.domain.ImportProgress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

/**
 * Accepts an upload: spools the body to a file (counting its rows on the way), records the job and hands it
 * to a background worker, so the request returns as soon as the body is stored.
 */
@Service
public class StartImport {

    private final ImportJobs jobs;
    private final ImportRunner runner;
    private final ImportProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public StartImport(ImportJobs jobs, ImportRunner runner, ImportProperties properties,
                       PlatformTransactionManager transactionManager, Clock clock) {
        this.jobs = jobs;
        this.runner = runner;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public ImportProgress start(ImportKind kind, ImportFormat format, InputStream body) throws IOException {
        Path directory = Files.createDirectories(properties.spoolDirectoryOrDefault());
        UUID id = UUID.randomUUID();
        Path file = directory.resolve(id + (format == ImportFormat.CSV ? ".csv" : ".ndjson"));
        long rows;
        try {
            rows = spool(body, file, format == ImportFormat.CSV);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        ImportProgress progress = transactions.execute(tx ->
                jobs.save(ImportJob.start(id, kind, format, rows, clock.instant())).progress());
        runner.submit(id, kind, format, file);
        return progress;
    }

    private static long spool(InputStream body, Path file, boolean csv) throws IOException {
        RowCounter counter = new RowCounter(csv);
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = body.read(buffer)) > 0) {
                counter.accept(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        return counter.rows();
    }
}
