package com.omnidom.catalog.imports.application;

import com.omnidom.kernel.RuleViolation.Violation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One CSV record by column name, with typed reads that note a problem (named by the JSON path the value
 * takes in the document) instead of throwing, so one row reports all its bad values at once.
 * Multi-values are separated by {@code |}, the parts of one value by {@code ;}.
 */
public final class CsvRow {

    private final Map<String, String> values;
    private final List<Violation> problems = new ArrayList<>();

    public CsvRow(Map<String, String> values) {
        this.values = values;
    }

    public Set<String> columns() {
        return values.keySet();
    }

    public List<Violation> problems() {
        return List.copyOf(problems);
    }

    public void problem(String field, String message) {
        problems.add(new Violation(field, message));
    }

    /** The trimmed value, or null when the column is missing or blank. */
    public String text(String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The {@code |}-separated values of the column, trimmed, blanks dropped. */
    public List<String> list(String column) {
        String value = text(column);
        if (value == null) return List.of();
        return Arrays.stream(value.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The {@code ;}-separated parts of one value, trimmed; blank parts are null. */
    public static String[] parts(String value) {
        return Arrays.stream(value.split(";", -1)).map(String::trim).map(s -> s.isEmpty() ? null : s).toArray(String[]::new);
    }

    public <T> T parse(String field, String raw, Function<String, T> parser, String expected) {
        if (raw == null) return null;
        try {
            return parser.apply(raw);
        } catch (RuntimeException e) {
            problem(field, "'" + raw + "' is not " + expected);
            return null;
        }
    }

    public Instant instant(String field, String raw) {
        return parse(field, raw, Instant::parse, "an ISO-8601 instant such as 2026-01-01T00:00:00Z");
    }

    public BigDecimal decimal(String field, String raw) {
        return parse(field, raw, BigDecimal::new, "a decimal number such as 19.99");
    }

    public Integer integer(String field, String raw) {
        return parse(field, raw, Integer::valueOf, "a whole number");
    }

    public Double number(String field, String raw) {
        return parse(field, raw, Double::valueOf, "a number such as 52.52");
    }

    public LocalTime time(String field, String raw) {
        return parse(field, raw, LocalTime::parse, "a time such as 09:00");
    }

    public LocalDate date(String field, String raw) {
        return parse(field, raw, LocalDate::parse, "a date such as 2026-12-25");
    }

    public Boolean bool(String field, String raw) {
        return parse(field, raw, s -> switch (s.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(s);
        }, "true or false");
    }

    public <E extends Enum<E>> E enumValue(String field, String raw, Class<E> type) {
        return parse(field, raw, s -> Enum.valueOf(type, s.toUpperCase(Locale.ROOT)),
                "one of " + Arrays.toString(type.getEnumConstants()));
    }
}
