package com.omnidom.catalog.shared.domain;

/** A broken rule, with the field at fault named by its JSON path (e.g. {@code prices[1].validFrom}). */
public record Violation(String field, String message) {
}
