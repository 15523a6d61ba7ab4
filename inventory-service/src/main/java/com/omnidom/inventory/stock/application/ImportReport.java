package com.omnidom.inventory.stock.application;

import java.util.List;

/**
 * The outcome of a stock import.
 *
 * @param rows     non-blank lines read
 * @param accepted rows applied (a row equal to the stored quantity counts, though it changes nothing)
 * @param rejected rows refused; their errors are listed up to the configured maximum
 */
public record ImportReport(long rows, long accepted, long rejected, List<RowError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }
}
