package com.omnidom.catalog.imports.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An import's state as last committed. */
public record ImportProgress(UUID id, ImportKind kind, ImportFormat format, ImportStatus status, long totalRows,
                             long processedRows, long acceptedRows, long rejectedRows, List<RowError> errors,
                             Instant startedAt, Instant finishedAt) {
}
