package com.omnidom.catalog.imports.application;

/** The flat column layout of one kind of CSV import, turning a record into the same document NDJSON carries. */
interface CsvLayout {

    boolean knows(String column);

    /** The document of the row; problems with single values are noted on the row. */
    Object toDocument(CsvRow row);

    /** The columns, for error messages. */
    String description();
}
