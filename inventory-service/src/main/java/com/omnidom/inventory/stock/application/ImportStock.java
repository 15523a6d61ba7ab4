package com.omnidom.inventory.stock.application;

import com.omnidom.inventory.stock.domain.OnHandResult;
import com.omnidom.inventory.stock.domain.OnHandTarget;
import com.omnidom.inventory.stock.domain.StockKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sets on hand from an NDJSON stream, row by row in file order, answering when done. Rows are applied in
 * chunks, one transaction and one multi-row upsert per chunk (with each changed row's event); a row breaking
 * a rule is reported with its line number and the others are kept. A key repeated in the file is applied in
 * order (the later row wins), never twice in one statement. Chunks committed before a failure stay.
 */
@Service
public class ImportStock {

    private final StockLedger ledger;
    private final TransactionTemplate transactions;
    private final ImportRows rows;
    private final ImportProperties properties;

    public ImportStock(StockLedger ledger, PlatformTransactionManager transactions, JsonMapper mapper,
                       ImportProperties properties) {
        this.ledger = ledger;
        this.transactions = new TransactionTemplate(transactions);
        this.rows = new ImportRows(mapper);
        this.properties = properties;
    }

    public ImportReport importNdjson(InputStream body) throws IOException {
        Progress progress = new Progress(properties.maxReportedErrors());
        List<ImportRows.Parsed> chunk = new ArrayList<>();
        Set<StockKey> keysInChunk = new HashSet<>();
        var in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        long line = 0;
        String text;
        while ((text = readLine(in)) != null) {
            line++;
            if (text.isBlank()) continue;
            progress.rows++;
            ImportRows.Parsed parsed = text.length() > properties.maxLineLength()
                    ? new ImportRows.Parsed(line, null, List.of(new RowError(line, null,
                            "line longer than " + properties.maxLineLength() + " characters")))
                    : rows.parse(line, text);
            if (!parsed.valid()) {
                progress.reject(parsed.errors());
                continue;
            }
            if (keysInChunk.contains(parsed.target().key()) || chunk.size() >= properties.chunkSize()) {
                apply(chunk, progress);
                chunk.clear();
                keysInChunk.clear();
            }
            chunk.add(parsed);
            keysInChunk.add(parsed.target().key());
        }
        apply(chunk, progress);
        return new ImportReport(progress.rows, progress.accepted, progress.rejected, progress.errors);
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

    private void apply(List<ImportRows.Parsed> chunk, Progress progress) {
        if (chunk.isEmpty()) return;
        List<OnHandTarget> targets = chunk.stream().map(ImportRows.Parsed::target).toList();
        List<OnHandResult> results = transactions.execute(tx -> ledger.setOnHand(targets));
        for (int i = 0; i < chunk.size(); i++) {
            OnHandResult result = results.get(i);
            if (result.change() == OnHandResult.Change.BELOW_ALLOCATED) {
                progress.reject(List.of(new RowError(chunk.get(i).row(), "onHand",
                        "is below the " + result.level().allocated() + " units allocated")));
            } else {
                progress.accepted++;
            }
        }
    }

    private static final class Progress {
        private final int maxErrors;
        private final List<RowError> errors = new ArrayList<>();
        private long rows;
        private long accepted;
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
