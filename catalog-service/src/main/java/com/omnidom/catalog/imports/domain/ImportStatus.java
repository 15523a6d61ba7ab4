package com.omnidom.catalog.imports.domain;

/** RUNNING until every row was applied or rejected (COMPLETED), or the file could not be read on (FAILED). */
public enum ImportStatus { RUNNING, COMPLETED, FAILED }
