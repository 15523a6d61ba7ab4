package com.omnidom.inventory.stock.application;

/** Why one import row was rejected; {@code field} is null when the row as a whole is unreadable. */
public record RowError(long row, String field, String message) {
}
