package com.omnidom.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The units per line a form names in its fields {@code units.<lineId>}: those above zero, as {@code lineId} and
 * {@code quantity}. A quantity that is not a number goes on as -1, for the owning service to name the line it refuses.
 */
public final class LineUnits {

    private static final String PREFIX = "units.";

    private LineUnits() {
    }

    public static List<Map<String, Object>> of(Map<String, String> form) {
        List<Map<String, Object>> lines = new ArrayList<>();
        form.forEach((name, value) -> {
            if (!name.startsWith(PREFIX) || value.isBlank()) return;
            int quantity = quantity(value.strip());
            if (quantity == 0) return;
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("lineId", name.substring(PREFIX.length()));
            line.put("quantity", quantity);
            lines.add(line);
        });
        return lines;
    }

    private static int quantity(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
