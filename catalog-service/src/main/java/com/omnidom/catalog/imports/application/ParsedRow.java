package com.omnidom.catalog.imports.application;

import com.omnidom.catalog.imports.domain.RowError;

import java.util.List;

/** A row as read from the file: its document, or why it could not be read. */
record ParsedRow(long row, Object document, List<RowError> problems) {

    static ParsedRow of(long row, Object document) {
        return new ParsedRow(row, document, List.of());
    }

    static ParsedRow unreadable(long row, String field, String message) {
        return new ParsedRow(row, null, List.of(new RowError(row, field, message)));
    }
}
