package com.omnidom.platform.web;

import tools.jackson.core.JacksonException;

/** The JSON path of the value Jackson failed on, in the form error answers use ({@code prices[0].amount}). */
public final class JsonPaths {

    private JsonPaths() {
    }

    public static String of(JacksonException e) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!field.isEmpty()) field.append('.');
                field.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
