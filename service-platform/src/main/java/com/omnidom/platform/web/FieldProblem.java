package com.omnidom.platform.web;

/** What is wrong with one field of a request, named by its JSON path (e.g. {@code prices[0].amount}). */
public record FieldProblem(String field, String message) {
}
