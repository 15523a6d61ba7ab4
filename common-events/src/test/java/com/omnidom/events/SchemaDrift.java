package com.omnidom.events;

import tools.jackson.databind.JsonNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Finds differences between a JSON Schema and what it describes, in both directions: properties the
 * JSON (or the record) has that the schema does not declare, and properties the schema declares or
 * requires that the JSON (or the record) lacks. Understands the subset of JSON Schema the contract
 * schemas use: {@code properties}, {@code required}, {@code items}, local {@code $ref}s and
 * {@code anyOf: [T, {type: null}]}.
 */
final class SchemaDrift {

    private final JsonNode root;
    private final List<String> problems = new ArrayList<>();

    private SchemaDrift(JsonNode root) {
        this.root = root;
    }

    /** Compares a serialised event with its schema, recursively. */
    static List<String> ofJson(JsonNode schema, JsonNode json) {
        SchemaDrift drift = new SchemaDrift(schema);
        drift.walkJson(schema, json, "$");
        return drift.problems;
    }

    /** Compares a record class with its schema, recursively through nested records, lists and enums. */
    static List<String> ofRecord(JsonNode schema, Class<?> recordType) {
        SchemaDrift drift = new SchemaDrift(schema);
        drift.walkRecord(schema, recordType, "$");
        return drift.problems;
    }

    /** Object schemas whose {@code required} differs from their {@code properties}, or properties without a description. */
    static List<String> ofHygiene(JsonNode schema) {
        SchemaDrift drift = new SchemaDrift(schema);
        drift.walkHygiene(schema, "#");
        return drift.problems;
    }

    private void walkJson(JsonNode schema, JsonNode json, String path) {
        if (json.isNull()) return; // whether null is allowed is the validator's business
        JsonNode s = nonNull(schema, path);
        if (json.isObject()) {
            JsonNode properties = s.path("properties");
            for (String name : json.propertyNames()) {
                if (!properties.has(name)) problems.add(path + "." + name + " is in the JSON but not declared in the schema");
                else walkJson(properties.get(name), json.get(name), path + "." + name);
            }
            for (JsonNode required : s.path("required")) {
                if (!json.has(required.asString())) {
                    problems.add(path + "." + required.asString() + " is required by the schema but missing from the JSON");
                }
            }
        } else if (json.isArray()) {
            int i = 0;
            for (JsonNode element : json) walkJson(s.path("items"), element, path + "[" + i++ + "]");
        }
    }

    private void walkRecord(JsonNode schema, Class<?> recordType, String path) {
        JsonNode s = nonNull(schema, path);
        JsonNode properties = s.path("properties");
        Set<String> components = Arrays.stream(recordType.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = new TreeSet<>(properties.propertyNames());
        for (String name : declared) {
            if (!components.contains(name)) {
                problems.add(path + "." + name + " is declared in the schema but " + recordType.getSimpleName() + " has no such component");
            }
        }
        for (RecordComponent component : recordType.getRecordComponents()) {
            String name = component.getName();
            if (!declared.contains(name)) {
                problems.add(path + "." + name + " is a component of " + recordType.getSimpleName() + " but not declared in the schema");
            } else {
                walkType(properties.get(name), component.getGenericType(), path + "." + name);
            }
        }
    }

    private void walkType(JsonNode schema, Type type, String path) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw && Iterable.class.isAssignableFrom(raw)) {
            walkType(nonNull(schema, path).path("items"), p.getActualTypeArguments()[0], path + "[]");
        } else if (type instanceof Class<?> c && c.isEnum()) {
            Set<String> constants = Arrays.stream(c.getEnumConstants()).map(e -> ((Enum<?>) e).name())
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> allowed = new TreeSet<>();
            nonNull(schema, path).path("enum").forEach(v -> allowed.add(v.asString()));
            if (!constants.equals(allowed)) {
                problems.add(path + " enum " + allowed + " differs from " + c.getSimpleName() + " " + constants);
            }
        } else if (type instanceof Class<?> c && c.isRecord()) {
            walkRecord(schema, c, path);
        }
    }

    private void walkHygiene(JsonNode schema, String pointer) {
        if (schema.isObject()) {
            if (schema.has("properties")) {
                Set<String> declared = new TreeSet<>(schema.get("properties").propertyNames());
                Set<String> required = new TreeSet<>();
                schema.path("required").forEach(r -> required.add(r.asString()));
                if (!declared.equals(required)) {
                    problems.add(pointer + ": required " + required + " differs from properties " + declared
                            + " (Jackson writes every property, nulls included, so all are required)");
                }
                schema.get("properties").forEachEntry((name, property) -> {
                    if (!property.has("description") && !resolve(property).has("description")) {
                        problems.add(pointer + "/properties/" + name + " has no description");
                    }
                });
            }
            schema.forEachEntry((name, child) -> walkHygiene(child, pointer + "/" + name));
        } else if (schema.isArray()) {
            int i = 0;
            for (JsonNode child : schema) walkHygiene(child, pointer + "/" + i++);
        }
    }

    /** Follows a local $ref and unwraps {@code anyOf: [T, {type: null}]} to T. */
    private JsonNode nonNull(JsonNode schema, String path) {
        JsonNode s = resolve(schema);
        if (s.has("anyOf")) {
            List<JsonNode> branches = new ArrayList<>();
            for (JsonNode branch : s.get("anyOf")) {
                JsonNode b = resolve(branch);
                if (!"null".equals(b.path("type").asString(""))) branches.add(b);
            }
            if (branches.size() != 1) throw new IllegalStateException(path + ": only anyOf [T, null] is supported");
            return branches.getFirst();
        }
        if (s.isMissingNode()) problems.add(path + " has no schema");
        return s;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int hops = 0; s.has("$ref"); hops++) {
            String ref = s.get("$ref").asString();
            if (!ref.startsWith("#") || hops > 10) throw new IllegalStateException("unsupported $ref " + ref);
            s = root.at(ref.substring(1));
        }
        return s;
    }
}
