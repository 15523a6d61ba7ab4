package com.omnidom.routing.profile.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Field-by-field differences of two profiles' content: every leaf by its path; lists of values compare whole
 * ({@code [STORE, WAREHOUSE]}), lists of records element by element (a band present on one side only shows as
 * {@code null} on the other).
 */
public final class ProfileDifferences {

    private ProfileDifferences() {
    }

    /** One field that differs; values as text, null when absent or unset. */
    public record Difference(String field, String left, String right) {
    }

    public static List<Difference> between(Map<String, Object> leftScope, ProfileContent left,
                                           Map<String, Object> rightScope, ProfileContent right) {
        Map<String, String> l = new LinkedHashMap<>();
        Map<String, String> r = new LinkedHashMap<>();
        leftScope.forEach((k, v) -> l.put(k, v == null ? null : v.toString()));
        rightScope.forEach((k, v) -> r.put(k, v == null ? null : v.toString()));
        flatten(left, "", l);
        flatten(right, "", r);
        Set<String> fields = new LinkedHashSet<>(l.keySet());
        fields.addAll(r.keySet());
        List<Difference> differences = new ArrayList<>();
        for (String field : fields) {
            if (!Objects.equals(l.get(field), r.get(field))) differences.add(new Difference(field, l.get(field), r.get(field)));
        }
        return differences;
    }

    private static void flatten(Object value, String path, Map<String, String> into) {
        if (value == null) {
            into.put(path, null);
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                flatten(read(component, value), path.isEmpty() ? component.getName() : path + "." + component.getName(), into);
            }
        } else if (value instanceof List<?> list && list.stream().anyMatch(e -> e != null && e.getClass().isRecord())) {
            for (int i = 0; i < list.size(); i++) flatten(list.get(i), path + "[" + i + "]", into);
        } else {
            into.put(path, value.toString());
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
