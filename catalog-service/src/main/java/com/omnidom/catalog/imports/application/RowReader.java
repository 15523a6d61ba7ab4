package com.omnidom.catalog.imports.application;

import java.io.Closeable;

/** Reads a spooled upload row by row, in file order (so bundles may follow their components). */
interface RowReader extends Closeable {

    /** The next row, or null at the end of the file; throws {@link MalformedFile} when the file cannot be read on. */
    ParsedRow next();

    /** The file cannot be read beyond {@code row}: the import fails there, keeping the rows applied before. */
    final class MalformedFile extends RuntimeException {
        private final long row;

        MalformedFile(long row, String message) {
            super(message);
            this.row = row;
        }

        long row() {
            return row;
        }
    }
}
