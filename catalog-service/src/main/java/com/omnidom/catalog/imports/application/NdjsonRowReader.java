package com.omnidom.catalog.imports.application;

import com.omnidom.platform.web.JsonPaths;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** One JSON document per line; the row number is the line number. Blank lines are skipped. */
final class NdjsonRowReader implements RowReader {

    private final BufferedReader in;
    private final JsonMapper mapper;
    private final Class<?> documentType;
    private final int maxLineLength;
    private long line;

    NdjsonRowReader(Path file, JsonMapper mapper, Class<?> documentType, int maxLineLength) throws IOException {
        this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        this.mapper = mapper;
        this.documentType = documentType;
        this.maxLineLength = maxLineLength;
    }

    @Override
    public ParsedRow next() {
        try {
            while (true) {
                StringBuilder text = new StringBuilder();
                boolean tooLong = false;
                int c;
                while ((c = in.read()) != -1 && c != '\n') {
                    // a huge line is consumed but not kept: memory stays bounded whatever the upload
                    if (text.length() < maxLineLength) text.append((char) c);
                    else tooLong = true;
                }
                if (c == -1 && text.isEmpty()) return null;
                line++;
                if (tooLong) return ParsedRow.unreadable(line, null, "line longer than " + maxLineLength + " characters");
                if (text.toString().isBlank()) continue;
                return parse(text.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ParsedRow parse(String json) {
        try {
            return ParsedRow.of(line, mapper.readValue(json, documentType));
        } catch (JacksonException e) {
            String field = JsonPaths.of(e);
            return ParsedRow.unreadable(line, field.isEmpty() ? null : field,
                    (field.isEmpty() ? "malformed JSON: " : "unreadable value: ") + e.getOriginalMessage());
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
