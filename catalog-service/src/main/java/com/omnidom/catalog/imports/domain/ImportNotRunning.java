package com.omnidom.catalog.imports.domain;

/** Progress was reported for an import that has ended meanwhile (e.g. failed as abandoned): its worker must stop. */
public class ImportNotRunning extends RuntimeException {

    public ImportNotRunning(String message) {
        super(message);
    }
}
