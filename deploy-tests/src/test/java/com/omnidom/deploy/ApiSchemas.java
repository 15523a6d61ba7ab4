package com.omnidom.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks a Kubernetes object against the published schema of its apiVersion and kind, strictly: an unknown field,
 * a missing required field or a value of the wrong type is a violation (as the API server's strict field validation
 * would refuse it). Sources, all obtained by the build:
 * <ul>
 *   <li>built-in kinds: the Kubernetes Java client's models (client-java-api), generated from the Kubernetes OpenAPI
 *   spec with strict validation of every field; the group/version must serve the kind (the client has a create call
 *   for it);</li>
 *   <li>Strimzi's kinds: their CRDs, generated from Strimzi's own API classes ({@code io.strimzi:api}) by Strimzi's own
 *   generator ({@code io.strimzi:crd-generator}) as its release does; the openAPIV3Schema is checked as JSON Schema,
 *   with unknown fields refused where the schema does not preserve them;</li>
 *   <li>prometheus-operator's ServiceMonitor and PrometheusRule: fabric8's model generated from the operator's CRDs, read without
 *   coercion and refused when a field lands in a model's additional properties (its required fields are not known to
 *   the model);</li>
 *   <li>CloudNativePG's kinds: the schemas of the npm package {@code @kubernetes-models/cloudnative-pg}, generated
 *   from CloudNativePG's API types, through Node.js ({@link CloudNativePg}).</li>
 * </ul>
 */
final class ApiSchemas {

    private static final String MODELS = "io.kubernetes.client.openapi.models.";
    private static final String APIS = "io.kubernetes.client.openapi.apis.";
    private static final Path STRIMZI_CRDS = Path.of("target", "strimzi-crds");
    private static final List<Class<?>> STRIMZI_KINDS = List.of(Kafka.class, KafkaNodePool.class, KafkaTopic.class,
            KafkaUser.class);
    private static final ObjectMapper FABRIC8 = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private static volatile Map<String, Schema> crdSchemas;

    static {
        new JSON(); // registers the client's type adapters (quantities, int-or-string, dates)
    }

    private ApiSchemas() {
    }

    /** What is wrong with the object; empty when it is valid. */
    static List<String> violations(ObjectNode object) {
        return violations(List.of(object));
    }

    /** What is wrong with the objects; empty when all are valid. CloudNativePG's objects are checked in one batch. */
    static List<String> violations(List<ObjectNode> objects) {
        List<String> found = new ArrayList<>();
        List<ObjectNode> cloudNativePg = new ArrayList<>();
        for (ObjectNode object : objects) {
            if (CloudNativePg.validates(object.path("apiVersion").asString(""))) {
                cloudNativePg.add(object);
            } else {
                found.addAll(violationsOf(object));
            }
        }
        found.addAll(CloudNativePg.violations(cloudNativePg));
        return found;
    }

    private static List<String> violationsOf(ObjectNode object) {
        String apiVersion = object.path("apiVersion").asString("");
        String kind = object.path("kind").asString("");
        String id = apiVersion + " " + kind + " " + object.at("/metadata/name").asString("?");
        List<String> found = new ArrayList<>();
        Optional<Class<?>> model = builtInModel(apiVersion, kind);
        if (model.isPresent()) {
            clientJava(model.get(), object).ifPresent(found::add);
        } else {
            clientJava(V1ObjectMeta.class, object.path("metadata")).map(m -> "metadata: " + m).ifPresent(found::add);
            Schema crd = crdSchemas().get(apiVersion + " " + kind);
            if (crd != null) {
                crd.validate(object).stream().map(Error::toString).forEach(found::add);
            } else if (apiVersion.equals("monitoring.coreos.com/v1") && kind.equals("ServiceMonitor")) {
                fabric8(ServiceMonitor.class, object).ifPresent(found::add);
            } else if (apiVersion.equals("monitoring.coreos.com/v1") && kind.equals("PrometheusRule")) {
                fabric8(PrometheusRule.class, object).ifPresent(found::add);
            } else if (!apiVersion.startsWith(CloudNativePg.GROUP)) { // with -Dcnpg.skip: metadata only
                found.add("no schema for apiVersion " + apiVersion + " kind " + kind
                        + " (not a Kubernetes API kind nor a kind of the operators deploy-tests knows)");
            }
        }
        return found.stream().map(v -> id + ": " + v).toList();
    }

    /**
     * The client's model for a built-in kind: the group/version's API class must exist and create that kind, so a
     * kind under the wrong group (an Ingress in apps/v1) or a version Kubernetes no longer serves is refused.
     */
    static Optional<Class<?>> builtInModel(String apiVersion, String kind) {
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "" : apiVersion.substring(0, slash);
        String version = apiVersion.substring(slash + 1);
        if (group.contains(".") && !group.endsWith(".k8s.io")) return Optional.empty();
        String groupName = group.isEmpty() ? "Core" : Arrays.stream(group.replace(".k8s.io", "").split("\\."))
                .map(ApiSchemas::capitalised).collect(Collectors.joining());
        try {
            Class<?> api = Class.forName(APIS + groupName + capitalised(version) + "Api");
            boolean served = Arrays.stream(api.getMethods()).map(Method::getName)
                    .anyMatch(m -> m.equals("create" + kind) || m.equals("createNamespaced" + kind));
            return served ? Optional.of(Class.forName(MODELS + capitalised(version) + kind)) : Optional.empty();
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The generated model's own validation (fields, required fields, JSON types), then a typed read. */
    private static Optional<String> clientJava(Class<?> model, JsonNode json) {
        JsonElement element = JsonParser.parseString(json.toString());
        try {
            model.getMethod("validateJsonElement", JsonElement.class).invoke(null, element);
            JSON.getGson().fromJson(element, model);
            List<String> mistyped = new ArrayList<>();
            types(model, element, "", mistyped);
            return mistyped.isEmpty() ? Optional.empty() : Optional.of("wrong JSON type(s) " + mistyped);
        } catch (InvocationTargetException e) {
            return Optional.of(String.valueOf(e.getCause().getMessage()));
        } catch (JsonParseException | IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(model + " has no validateJsonElement", e);
        }
    }

    /**
     * Every value's JSON type against the model field's Java type: the generated validation checks strings but not
     * booleans and numbers, and Gson would read {@code "yes"} as false.
     */
    private static void types(Type type, JsonElement json, String path, List<String> wrong) {
        if (json == null || json.isJsonNull()) return;
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        Type[] arguments = type instanceof ParameterizedType p ? p.getActualTypeArguments() : new Type[0];
        boolean ok;
        if (List.class.isAssignableFrom(raw)) {
            ok = json.isJsonArray();
            if (ok) for (int i = 0; i < json.getAsJsonArray().size(); i++) types(arguments[0], json.getAsJsonArray().get(i), path + "[" + i + "]", wrong);
        } else if (Map.class.isAssignableFrom(raw)) {
            ok = json.isJsonObject();
            if (ok) json.getAsJsonObject().entrySet().forEach(e -> types(arguments[1], e.getValue(), path + "." + e.getKey(), wrong));
        } else if (raw == String.class || raw == OffsetDateTime.class) {
            ok = json.isJsonPrimitive() && json.getAsJsonPrimitive().isString();
        } else if (raw == Boolean.class) {
            ok = json.isJsonPrimitive() && json.getAsJsonPrimitive().isBoolean();
        } else if (Number.class.isAssignableFrom(raw)) {
            ok = json.isJsonPrimitive() && json.getAsJsonPrimitive().isNumber();
        } else if (raw == IntOrString.class || raw == Quantity.class) {
            ok = json.isJsonPrimitive() && !json.getAsJsonPrimitive().isBoolean();
        } else if (raw.getName().startsWith(MODELS)) {
            ok = json.isJsonObject();
            if (ok) {
                for (Field field : raw.getDeclaredFields()) {
                    SerializedName name = field.getAnnotation(SerializedName.class);
                    if (name != null) types(field.getGenericType(), json.getAsJsonObject().get(name.value()), path + "." + name.value(), wrong);
                }
            }
        } else {
            ok = true; // Object (free-form), byte[]
        }
        if (!ok) wrong.add(path + " is not a " + raw.getSimpleName());
    }

    /** A typed read of a fabric8 model; a field the model does not know lands in additional properties. */
    private static Optional<String> fabric8(Class<?> model, JsonNode json) {
        Object read;
        try {
            read = FABRIC8.readValue(json.toString(), model);
        } catch (IOException e) {
            return Optional.of(e.getMessage());
        }
        List<String> unknown = new ArrayList<>();
        unknownFields(read, "", unknown, 0);
        return unknown.isEmpty() ? Optional.empty() : Optional.of("unknown field(s) " + unknown);
    }

    private static void unknownFields(Object value, String path, List<String> unknown, int depth) {
        if (value == null || depth > 40) return;
        if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) unknownFields(item, path + "[" + i++ + "]", unknown, depth + 1);
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, unknown, depth + 1));
            return;
        }
        if (!(value instanceof KubernetesResource)) return;
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) continue;
            Object child;
            try {
                child = getter.invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                ((Map<?, ?>) child).keySet().forEach(k -> unknown.add(path + "." + k));
            } else {
                String field = getter.getName().substring(3);
                unknownFields(child, path + "." + Character.toLowerCase(field.charAt(0)) + field.substring(1), unknown, depth + 1);
            }
        }
    }

    /** JSON Schemas of the operators' CRDs, by "apiVersion kind". */
    private static Map<String, Schema> crdSchemas() {
        if (crdSchemas == null) {
            synchronized (ApiSchemas.class) {
                if (crdSchemas == null) crdSchemas = loadCrdSchemas(generateStrimziCrds());
            }
        }
        return crdSchemas;
    }

    /** Runs Strimzi's CRD generator over Strimzi's API classes, as Strimzi's release build does. */
    static List<Path> generateStrimziCrds() {
        try {
            Files.createDirectories(STRIMZI_CRDS);
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "io.strimzi.crdgenerator.CrdGenerator",
                    "--yaml", "--crd-api-version", "v1", "--api-versions", "v1", "--storage-version", "v1"));
            List<Path> files = new ArrayList<>();
            for (Class<?> kind : STRIMZI_KINDS) {
                Path file = STRIMZI_CRDS.resolve(kind.getSimpleName() + ".yaml").toAbsolutePath();
                command.add(kind.getName() + "=" + file);
                files.add(file);
            }
            Path log = STRIMZI_CRDS.resolve("generator.log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("Strimzi's CRD generator failed: " + Files.readString(log));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Schema> loadCrdSchemas(List<Path> crds) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
        Map<String, Schema> schemas = new HashMap<>();
        for (Path file : crds) {
            JsonNode crd;
            try {
                crd = Kustomize.YAML.readTree(Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String group = crd.at("/spec/group").asString();
            String kind = crd.at("/spec/names/kind").asString();
            for (JsonNode version : crd.at("/spec/versions")) {
                if (!version.path("served").asBoolean()) continue;
                JsonNode openApi = version.at("/schema/openAPIV3Schema");
                schemas.put(group + "/" + version.path("name").asString() + " " + kind,
                        registry.getSchema(strict(openApi.deepCopy())));
            }
        }
        return Map.copyOf(schemas);
    }

    /**
     * A CRD's structural schema as JSON Schema with the API server's strict semantics: an object with declared
     * properties takes no other field (unless x-kubernetes-preserve-unknown-fields), int-or-string takes either,
     * nullable takes null.
     */
    static JsonNode strict(JsonNode schema) {
        if (!(schema instanceof ObjectNode node)) return schema;
        if (node.path("x-kubernetes-int-or-string").asBoolean(false)) {
            node.remove("type");
            ArrayNode anyOf = node.putArray("anyOf");
            anyOf.addObject().put("type", "integer");
            anyOf.addObject().put("type", "string");
        }
        if (node.path("nullable").asBoolean(false) && node.path("type").isString()) {
            String type = node.path("type").asString();
            node.putArray("type").add(type).add("null");
        }
        if ("object".equals(node.path("type").asString(null)) && node.has("properties")
                && !node.has("additionalProperties") && !node.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
            node.put("additionalProperties", false);
        }
        node.path("properties").forEach(ApiSchemas::strict);
        Stream.of("items", "additionalProperties", "not").map(node::path).forEach(ApiSchemas::strict);
        Stream.of("allOf", "anyOf", "oneOf").map(node::path).forEach(list -> list.forEach(ApiSchemas::strict));
        return node;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
