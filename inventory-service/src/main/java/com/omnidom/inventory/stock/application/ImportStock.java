package com.omnidom.inventory.stock.application;

import com.omnidom.inventory.stock.domain.InvalidStock;
import com.omnidom.inventory.stock.domain.LocationId;
import com.omnidom.inventory.stock.persistence.StockImportStore;
import com.omnidom.platform.web.InvalidRequest;
import com.omnidom.platform.web.ResourceNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Stock imports from WMS and POS: counts (rows set on hand), full snapshots of one location (as of a time at the
 * source) and deltas (receipts, till sales, corrections), as NDJSON or CSV. The file is parsed and checked row by row
 * while it streams into a staging table (COPY); one set-based statement then applies it, all in one transaction.
 * A file is identified by its SHA-256: the same file again is not applied twice, its first report is answered.
 */
@Service
public class ImportStock {

    public enum Mode { COUNT, SNAPSHOT, DELTA }

    public enum Format { NDJSON, CSV }

    private static final long PROGRESS_EVERY = 100_000;

    private final StockImportStore store;
    private final TransactionTemplate transactions;
    private final JsonMapper mapper;
    private final ImportProperties properties;
    private final Clock clock;

    public ImportStock(StockImportStore store, PlatformTransactionManager transactions, JsonMapper mapper,
                       ImportProperties properties, Clock clock) {
        this.store = store;
        this.transactions = new TransactionTemplate(transactions);
        this.mapper = mapper;
        this.properties = properties;
        this.clock = clock;
    }

    /** The legacy entry point: NDJSON counts of any location, as of now. */
    public ImportReport importNdjson(InputStream body) throws IOException {
        return importFile(Mode.COUNT, Format.NDJSON, null, null, null, body);
    }

    /**
     * @param locationId the snapshot's location (required for SNAPSHOT; other modes: rows of other locations refused)
     * @param asOf       when the source counted (SNAPSHOT, COUNT; default now)
     * @param importId   chosen by the client to follow the progress (GET), or null
     */
    public ImportReport importFile(Mode mode, Format format, String locationId, Instant asOf, UUID importId, InputStream body)
            throws IOException {
        if (mode == Mode.SNAPSHOT && (locationId == null || locationId.isBlank())) {
            throw new InvalidRequest("locationId", "is required for a snapshot");
        }
        String location = locationId == null || locationId.isBlank() ? null : new LocationId(locationId).value();
        Instant countedAt = asOf == null ? clock.instant() : asOf;
        if (countedAt.isAfter(clock.instant().plusSeconds(60))) throw new InvalidRequest("asOf", "must not be in the future");
        UUID id = importId == null ? UUID.randomUUID() : importId;
        MessageDigest digest = sha256();
        // the mode, location and as-of are part of what is imported: the same rows as another snapshot are another import
        digest.update((mode + "|" + location + "|" + (asOf == null ? "" : asOf.toString()) + "|").getBytes(StandardCharsets.UTF_8));
        var in = new BufferedReader(new InputStreamReader(new DigestInputStream(body, digest), StandardCharsets.UTF_8), 1 << 16);
        try {
            return transactions.execute(tx -> {
                Progress progress = new Progress(properties.maxReportedErrors());
                stageRows(mode, format, location, id, in, progress);
                String hash = HexFormat.of().formatHex(digest.digest());
                if (!store.begin(id, hash, mode.name(), location, mode == Mode.DELTA ? null : countedAt, progress.rows)) {
                    tx.setRollbackOnly();
                    return replayed(hash);
                }
                StockImportStore.Applied applied = mode == Mode.DELTA
                        ? store.applyDeltas(properties.maxReportedErrors())
                        : store.applyCounts(countedAt, mode == Mode.SNAPSHOT ? location : null, properties.maxReportedErrors());
                String field = mode == Mode.DELTA ? "delta" : "onHand";
                applied.refused().forEach(r -> progress.reject(List.of(new RowError(r.row(), field,
                        r.reason() + (r.row() == 0 ? " (" + r.sku() + " is not in the snapshot)" : "")))));
                progress.rejected += applied.refusedTotal() - applied.refused().size();
                long accepted = progress.staged - applied.refusedTotal();
                var report = new ImportReport(id, mode.name(), progress.rows, Math.max(0, accepted), progress.rejected,
                        applied.changed(), false, progress.errors);
                store.finish(id, report.accepted(), report.rejected(), mapper.writeValueAsString(report.errors()));
                return report;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A finished import's report, or a running one's progress. */
    public ImportReport find(UUID id) {
        var stored = store.find(id).orElseThrow(() -> new ResourceNotFound("No import " + id + "."));
        return report(stored, false);
    }

    private void stageRows(Mode mode, Format format, String location, UUID id, BufferedReader in, Progress progress) {
        ImportRows rows = new ImportRows(mapper, mode == Mode.DELTA);
        StockImportStore.Staging staging = store.stage();
        try {
            long line = 0;
            int[] columns = null;
            String text;
            while ((text = readLine(in)) != null) {
                line++;
                if (text.isBlank()) continue;
                if (format == Format.CSV && columns == null) {
                    try {
                        columns = rows.csvHeader(text);
                    } catch (InvalidStock e) {
                        throw new InvalidRequest("header", e.reason());
                    }
                    continue;
                }
                progress.rows++;
                if (progress.rows % PROGRESS_EVERY == 0) store.progress(id, progress.rows);
                ImportRows.Parsed parsed;
                if (text.length() > properties.maxLineLength()) {
                    parsed = new ImportRows.Parsed(line, null, null, List.of(new RowError(line, null,
                            "line longer than " + properties.maxLineLength() + " characters")));
                } else {
                    parsed = format == Format.CSV ? rows.parseCsv(line, text, columns) : rows.parse(line, text);
                }
                if (parsed.valid() && location != null && !parsed.key().locationId().value().equals(location)) {
                    parsed = new ImportRows.Parsed(line, null, null, List.of(new RowError(line, "locationId",
                            "must be " + location + " in this import")));
                }
                if (!parsed.valid()) {
                    progress.reject(parsed.errors());
                    continue;
                }
                staging.add(line, parsed.key(), parsed.quantity());
                progress.staged++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            staging.finish();
        }
    }

    /** A line, or as much of it as is allowed plus one character: an overlong line is consumed but not kept. */
    private String readLine(BufferedReader in) throws IOException {
        StringBuilder text = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (text.length() <= properties.maxLineLength()) text.append((char) c);
        }
        if (c == -1 && text.isEmpty()) return null;
        if (!text.isEmpty() && text.charAt(text.length() - 1) == '\r') text.setLength(text.length() - 1);
        return text.toString();
    }

    private ImportReport replayed(String hash) {
        return report(store.findByHash(hash).orElseThrow(), true);
    }

    private ImportReport report(StockImportStore.Stored stored, boolean replayed) {
        List<RowError> errors = mapper.readValue(stored.errorsJson(), new TypeReference<List<RowError>>() {
        });
        return new ImportReport(stored.id(), stored.mode(), stored.rowsRead(), stored.accepted(), stored.rejected(), null,
                replayed, errors, stored.state());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Mode mode(String mode) {
        try {
            return Mode.valueOf(mode == null ? "COUNT" : mode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("mode", "must be COUNT, SNAPSHOT or DELTA");
        }
    }

    private static final class Progress {
        private final int maxErrors;
        private final List<RowError> errors = new ArrayList<>();
        private long rows;
        private long staged;
        private long rejected;

        Progress(int maxErrors) {
            this.maxErrors = maxErrors;
        }

        void reject(List<RowError> rowErrors) {
            rejected++;
            for (RowError e : rowErrors) {
                if (errors.size() < maxErrors) errors.add(e);
            }
        }
    }
}
