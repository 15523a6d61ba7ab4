package com.omnidom.catalog.shared.application;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Helpers of the list queries. */
public final class Searches {

    private Searches() {
    }

    /** A LIKE pattern matching values that contain {@code text}, case-insensitive, with LIKE's wildcards escaped. */
    public static String containsPattern(String text) {
        String escaped = text.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** The loaded aggregates in the order of the ids the query returned. */
    public static <T> List<T> inOrder(List<String> ids, Iterable<T> loaded, Function<T, String> id) {
        Map<String, T> byId = new HashMap<>();
        loaded.forEach(item -> byId.put(id.apply(item), item));
        return ids.stream().map(byId::get).filter(Objects::nonNull).collect(Collectors.toList());
    }
}
