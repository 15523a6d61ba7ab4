package com.omnidom.catalog.imports.domain;

/** How the rows of a file are written: one JSON document per line, or CSV with a header line. */
public enum ImportFormat { NDJSON, CSV }
