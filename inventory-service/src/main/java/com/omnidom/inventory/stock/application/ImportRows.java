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

/** Reads one NDJSON import line {@code {"locationId":"WH-1","sku":"A-1","onHand":100}} into a target, or says what is wrong. */
final class ImportRows {

    /** A parsed line: either a target or the errors of its fields. */
    record Parsed(long row, OnHandTarget target, List<RowError> errors) {
        boolean valid() {
            return target != null;
        }
    }

    private final JsonMapper mapper;

    ImportRows(JsonMapper mapper) {
        this.mapper = mapper;
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
        List<RowError> errors = new ArrayList<>();
        LocationId location = check(row, errors, () -> new LocationId(text(node, "locationId")));
        Sku sku = check(row, errors, () -> new Sku(text(node, "sku")));
        Integer onHand = check(row, errors, () -> StockLevel.checkedOnHand(integer(node, "onHand")));
        if (!errors.isEmpty()) return rejected(row, errors);
        return new Parsed(row, new OnHandTarget(new StockKey(sku, location), onHand), List.of());
    }

    private static Parsed rejected(long row, List<RowError> errors) {
        return new Parsed(row, null, List.copyOf(errors));
    }

    private static <T> T check(long row, List<RowError> errors, Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidStock e) {
            errors.add(new RowError(row, e.field(), e.reason()));
            return null;
        }
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
