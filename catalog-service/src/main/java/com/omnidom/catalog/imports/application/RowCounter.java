package com.omnidom.catalog.imports.application;

/**
 * Counts the rows of an upload while it is spooled, so progress has a total from the start: non-blank lines
 * for NDJSON; for CSV, records (line breaks inside quotes do not end one) minus the header.
 */
final class RowCounter {

    private final boolean csv;
    private boolean inQuotes;
    private boolean lineHasContent;
    private long lines;

    RowCounter(boolean csv) {
        this.csv = csv;
    }

    void accept(byte[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            byte b = buffer[i];
            if (csv && b == '"') {
                inQuotes = !inQuotes;
                lineHasContent = true;
            } else if (b == '\n' && !inQuotes) {
                if (lineHasContent) lines++;
                lineHasContent = false;
            } else if (b != '\r' && b != ' ' && b != '\t' && b != '\n') {
                lineHasContent = true;
            }
        }
    }

    long rows() {
        long all = lines + (lineHasContent ? 1 : 0);
        return csv ? Math.max(all - 1, 0) : all;
    }
}
