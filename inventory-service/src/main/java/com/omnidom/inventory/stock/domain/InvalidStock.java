package com.omnidom.inventory.stock.domain;

/**
 * Input that breaks a stock rule, naming the field at fault. An {@link IllegalArgumentException}, so an event
 * carrying such input is dead-lettered at once instead of being retried.
 */
public class InvalidStock extends IllegalArgumentException {

    private final String field;

    public InvalidStock(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
