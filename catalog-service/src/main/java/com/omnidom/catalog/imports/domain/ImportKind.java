package com.omnidom.catalog.imports.domain;

/** What a file imports. */
public enum ImportKind { ARTICLES, LOCATIONS }
