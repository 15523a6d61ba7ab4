package com.omnidom.inventory.stock.application;

import com.omnidom.inventory.stock.domain.InvalidStock;
import com.omnidom.inventory.stock.domain.LocationId;
import com.omnidom.inventory.stock.domain.OnHandTarget;
import com.omnidom.inventory.stock.domain.Sku;
import com.omnidom.inventory.stock.domain.StockKey;
import com.omnidom.inventory.stock.domain.StockLevel;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads one import line into a key and a quantity, or says what is wrong: NDJSON
 * {@code {"locationId":"WH-1","sku":"A-1","onHand":100}} (a count) or {@code {...,"delta":-2}} (a movement), or a
 * CSV line whose columns a header named ({@code locationId,sku,onHand} / {@code locationId,sku,delta}).
 */
final class ImportRows {

    /** A parsed line: either a key with its quantity or the errors of its fields. */
    record Parsed(long row, StockKey key, Integer quantity, List<RowError> errors) {
        boolean valid() {
            return key != null && errors.isEmpty();
        }

        /** The row as a count. */
        OnHandTarget target() {
            return valid() ? new OnHandTarget(key, quantity) : null;
        }
    }

    private final JsonMapper mapper;
    private final boolean delta;
    private final String quantityField;

    ImportRows(JsonMapper mapper) {
        this(mapper, false);
    }

    ImportRows(JsonMapper mapper, boolean delta) {
        this.mapper = mapper;
        this.delta = delta;
        this.quantityField = delta ? "delta" : "onHand";
    }

    Parsed parse(long row, String line) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JacksonException e) {
            return rejected(row, List.of(new RowError(row, null, "malformed JSON: " + e.getOriginalMessage())));
        }
        if (node == null || !node.isObject()) {
            return rejected(row, List.of(new RowError(row, null, "must be a JSON object")));
        }
        return checked(row, () -> text(node, "locationId"), () -> text(node, "sku"), () -> integer(node, quantityField));
    }

    /** Column positions of locationId, sku and the quantity in a CSV header; errors name what is missing. */
    int[] csvHeader(String header) {
        String[] names = header.split(",", -1);
        int[] columns = {-1, -1, -1};
        for (int i = 0; i < names.length; i++) {
            switch (unquoted(names[i])) {
                case "locationId" -> columns[0] = i;
                case "sku" -> columns[1] = i;
                default -> {
                    if (unquoted(names[i]).equals(quantityField)) columns[2] = i;
                }
            }
        }
        if (columns[0] < 0 || columns[1] < 0 || columns[2] < 0) {
            throw new InvalidStock("header", "must name the columns locationId, sku and " + quantityField);
        }
        return columns;
    }

    Parsed parseCsv(long row, String line, int[] columns) {
        String[] cells = line.split(",", -1);
        int needed = Math.max(columns[0], Math.max(columns[1], columns[2]));
        if (cells.length <= needed) return rejected(row, List.of(new RowError(row, null, "has fewer than " + (needed + 1) + " columns")));
        return checked(row, () -> emptyToNull(unquoted(cells[columns[0]])), () -> emptyToNull(unquoted(cells[columns[1]])), () -> {
            String value = unquoted(cells[columns[2]]);
            if (value.isEmpty()) return null;
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                throw new InvalidStock(quantityField, "must be a whole number");
            }
        });
    }

    private Parsed checked(long row, Supplier<String> location, Supplier<String> sku, Supplier<Integer> quantity) {
        List<RowError> errors = new ArrayList<>();
        LocationId locationId = check(row, errors, () -> new LocationId(location.get()));
        Sku skuId = check(row, errors, () -> new Sku(sku.get()));
        Integer units = check(row, errors, () -> delta ? checkedDelta(quantity.get()) : StockLevel.checkedOnHand(quantity.get()));
        if (!errors.isEmpty()) return rejected(row, errors);
        return new Parsed(row, new StockKey(skuId, locationId), units, List.of());
    }

    private static Integer checkedDelta(Integer delta) {
        if (delta == null) throw new InvalidStock("delta", "is required");
        if (delta == 0) throw new InvalidStock("delta", "must not be 0");
        if (Math.abs((long) delta) > StockLevel.MAX_ON_HAND) throw new InvalidStock("delta", "must be at most " + StockLevel.MAX_ON_HAND + " either way");
        return delta;
    }

    private static Parsed rejected(long row, List<RowError> errors) {
        return new Parsed(row, null, null, List.copyOf(errors));
    }

    private static <T> T check(long row, List<RowError> errors, Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidStock e) {
            errors.add(new RowError(row, e.field(), e.reason()));
            return null;
        }
    }

    private static String unquoted(String cell) {
        String trimmed = cell.trim();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) return trimmed.substring(1, trimmed.length() - 1);
        return trimmed;
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isString()) throw new InvalidStock(field, "must be a string");
        return value.asString();
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isIntegralNumber()) throw new InvalidStock(field, "must be a whole number");
        if (!value.canConvertToInt()) throw new InvalidStock(field, "must be at most " + StockLevel.MAX_ON_HAND);
        return value.intValue();
    }
}
