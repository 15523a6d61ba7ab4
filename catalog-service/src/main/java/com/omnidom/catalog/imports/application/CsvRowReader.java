package com.omnidom.catalog.imports.application;

import com.omnidom.catalog.imports.domain.RowError;
import com.omnidom.kernel.RuleViolation.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** CSV with a header line; the row number counts data records from 1. A syntax error ends the file there. */
final class CsvRowReader implements RowReader {

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvReadFeature.SKIP_EMPTY_LINES)
            .enable(CsvReadFeature.TRIM_HEADER_SPACES)
            .build();

    private final Reader in;
    private final MappingIterator<Map<String, String>> records;
    private final CsvLayout layout;
    private long row;

    CsvRowReader(Path file, CsvLayout layout) throws IOException {
        this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        this.layout = layout;
        try {
            this.records = CSV.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(in);
        } catch (JacksonException e) {
            in.close();
            throw new MalformedFile(0, "unreadable CSV header: " + e.getOriginalMessage());
        }
    }

    @Override
    public ParsedRow next() {
        Map<String, String> values;
        try {
            if (!records.hasNextValue()) return null;
            values = records.nextValue();
        } catch (JacksonException e) {
            throw new MalformedFile(row + 1, "malformed CSV: " + e.getOriginalMessage());
        }
        row++;
        CsvRow csv = new CsvRow(values);
        if (row == 1) {
            List<String> unknown = csv.columns().stream().filter(c -> !layout.knows(c)).toList();
            if (!unknown.isEmpty()) throw new MalformedFile(0, "unknown columns " + unknown + "; " + layout.description());
        }
        Object document = layout.toDocument(csv);
        List<Violation> problems = csv.problems();
        if (problems.isEmpty()) return ParsedRow.of(row, document);
        return new ParsedRow(row, null, problems.stream().map(p -> new RowError(row, p.field(), p.message())).toList());
    }

    @Override
    public void close() throws IOException {
        records.close();
        in.close();
    }
}
