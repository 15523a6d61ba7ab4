package com.omnidom.inventory.stock.application;

import java.util.List;

/**
 * The outcome of a stock import (or its progress while RUNNING).
 *
 * @param importId the import's id (chosen by the client or generated)
 * @param rows     non-blank data lines read
 * @param accepted rows applied (a row equal to the stored quantity counts, though it changes nothing)
 * @param rejected rows refused; their errors are listed up to the configured maximum
 * @param changed  stock rows changed (null in a stored report)
 * @param replayed true when this file had been imported before: nothing was applied, this is the first report
 * @param state    RUNNING or DONE
 */
public record ImportReport(java.util.UUID importId, String mode, long rows, long accepted, long rejected, Long changed,
                           boolean replayed, List<RowError> errors, String state) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public ImportReport(java.util.UUID importId, String mode, long rows, long accepted, long rejected, Long changed,
                        boolean replayed, List<RowError> errors) {
        this(importId, mode, rows, accepted, rejected, changed, replayed, errors, "DONE");
    }
}
