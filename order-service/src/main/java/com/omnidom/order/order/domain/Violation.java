package com.omnidom.order.order.domain;

/** A broken intake rule, with the field at fault named by its JSON path (e.g. {@code lines[1].quantity}). */
public record Violation(String field, String message) {
}
