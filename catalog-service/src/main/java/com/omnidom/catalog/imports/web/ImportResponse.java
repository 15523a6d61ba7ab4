package com.omnidom.catalog.imports.web;

import com.omnidom.catalog.imports.domain.ImportFormat;
import com.omnidom.catalog.imports.domain.ImportKind;
import com.omnidom.catalog.imports.domain.ImportProgress;
import com.omnidom.catalog.imports.domain.ImportStatus;
import com.omnidom.catalog.imports.domain.RowError;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Progress of an import as last committed. */
@Schema(name = "Import")
public record ImportResponse(
        UUID id,
        ImportKind kind,
        ImportFormat format,
        ImportStatus status,
        @Schema(description = "Rows in the file (counted on upload; exact once COMPLETED)") long totalRows,
        long processedRows,
        long acceptedRows,
        long rejectedRows,
        @Schema(description = "Reasons of rejected rows (the first 1000; all are counted in rejectedRows). "
                + "row: NDJSON line or CSV data record, from 1; field: JSON path of the value at fault")
        List<RowError> errors,
        Instant startedAt,
        Instant finishedAt) {

    static ImportResponse of(ImportProgress p) {
        return new ImportResponse(p.id(), p.kind(), p.format(), p.status(), p.totalRows(), p.processedRows(),
                p.acceptedRows(), p.rejectedRows(), p.errors(), p.startedAt(), p.finishedAt());
    }
}
