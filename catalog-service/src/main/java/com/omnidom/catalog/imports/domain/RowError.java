package com.omnidom.catalog.imports.domain;

/**
 * Why a row was rejected: its number (NDJSON: line, CSV: data record after the header, both from 1),
 * the field at fault as a JSON path, or null when the row as a whole is at fault.
 */
public record RowError(Long row, String field, String message) {
}
