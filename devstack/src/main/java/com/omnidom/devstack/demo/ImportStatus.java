package com.omnidom.devstack.demo;

import java.util.List;

/** catalog-service's view of one bulk import ({@code GET /api/v1/imports/{id}}); counts may be absent while it starts. */
public record ImportStatus(String id, String kind, String status, Long totalRows, Long processedRows, Long acceptedRows,
                           Long rejectedRows, List<RowError> errors) {

    public boolean finished() {
        return "COMPLETED".equals(status) || "FAILED".equals(status);
    }

    public long accepted() {
        return acceptedRows == null ? 0 : acceptedRows;
    }

    public long rejected() {
        return rejectedRows == null ? 0 : rejectedRows;
    }

    public long processed() {
        return processedRows == null ? 0 : processedRows;
    }

    public List<RowError> errorList() {
        return errors == null ? List.of() : errors;
    }

    /** A rejected row: {@code row} counts the lines of the uploaded file from 1. */
    public record RowError(Long row, String field, String message) {
    }
}
