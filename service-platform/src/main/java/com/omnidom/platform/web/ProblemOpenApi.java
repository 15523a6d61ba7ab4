package com.omnidom.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes every service's OpenAPI document say which problem+json answers an operation can get, derived from what
 * {@link ProblemAdvice} and {@link RequestSizeLimitFilter} do with it: 400 when a body or a typed, required or
 * constrained parameter can be unreadable; 404 when the path names a resource (not for a PUT that creates it, nor
 * for a list filtered by the path's ids);
 * 409 for writes to a named resource or with a body (state conflicts, concurrent changes, existing data); 422 for
 * writes with a body or query parameters (broken rules) or an Idempotency-Key (reused with another body); 406
 * wherever the success answer has content; 413 and 415 wherever a body is sent; 500 and 503 everywhere. A response the
 * controller declares itself is kept as it is.
 */
public final class ProblemOpenApi implements OperationCustomizer, OpenApiCustomizer {

    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    static final String PROBLEM = "Problem";
    private static final String ANY = "*/*";
    private static final String RESPONSES = "#/components/responses/";
    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
    static final String FIELD_PROBLEM = "FieldProblem";

    private static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
            RequestMethod.DELETE);

    /** The shared error answers, by status: component name and description. */
    private static final Map<String, String[]> ANSWERS = new LinkedHashMap<>();

    static {
        ANSWERS.put("400", new String[]{"BadRequest", "Unreadable or incomplete input: a body that is not the expected "
                + "JSON, a missing or malformed parameter, a value out of range (each field at fault named in errors)."});
        ANSWERS.put("404", new String[]{"NotFound", "The resource the path names does not exist."});
        ANSWERS.put("406", new String[]{"NotAcceptable", "The Accept header asks for none of the media types the "
                + "operation answers with."});
        ANSWERS.put("409", new String[]{"Conflict", "The request contradicts the resource's current state: it exists "
                + "already, the step comes too late, or it was changed concurrently (read it again and retry)."});
        ANSWERS.put("413", new String[]{"ContentTooLarge", "The body is larger than the limit (omnidom.web.max-body-size, "
                + "on bulk imports omnidom.web.max-bulk-body-size)."});
        ANSWERS.put("415", new String[]{"UnsupportedMediaType", "The body's Content-Type is not one the operation "
                + "reads."});
        ANSWERS.put("422", new String[]{"UnprocessableContent", "Well-formed input that breaks a rule (each field at fault "
                + "named in errors)."});
        ANSWERS.put("500", new String[]{"InternalError", "The request could not be completed; the answer carries no "
                + "detail of the server's insides."});
        ANSWERS.put("503", new String[]{"ServiceUnavailable", "The service's database is unavailable or busy right now "
                + "(nothing was changed): retry after the Retry-After header's seconds."});
    }

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getMethod(), RequestMapping.class);
        boolean write = mapping != null && Arrays.stream(mapping.method()).anyMatch(WRITES::contains);
        boolean put = mapping != null && Arrays.asList(mapping.method()).contains(RequestMethod.PUT);
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean boundBody = Arrays.stream(handlerMethod.getMethodParameters())
                .anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
        boolean body = boundBody || operation.getRequestBody() != null;
        boolean idempotencyKey = parameters.stream()
                .anyMatch(p -> "header".equals(p.getIn()) && IDEMPOTENCY_KEY.equalsIgnoreCase(p.getName()));
        boolean namesResource = parameters.stream().anyMatch(p -> "path".equals(p.getIn()));
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        boolean creates = responses.containsKey("201");

        if (boundBody || parameters.stream().anyMatch(ProblemOpenApi::canBeUnreadable)) add(responses, "400");
        if (namesResource && !(put && creates) && !listsAnswer(responses)) add(responses, "404");
        if (write && (boundBody || namesResource)) add(responses, "409");
        if (body) add(responses, "413");
        if (answersWithContent(responses)) add(responses, "406");
        if (body) add(responses, "415");
        if (write && (boundBody || parameters.stream().anyMatch(p -> "query".equals(p.getIn())))) add(responses, "422");
        if (idempotencyKey && (!responses.containsKey("422") || responses.get("422").get$ref() != null)) {
            responses.addApiResponse("422", new ApiResponse().description(ANSWERS.get("422")[1]
                    + " Also when the Idempotency-Key was used before with a different body.").content(problemContent()));
        }
        add(responses, "500");
        add(responses, "503");
        operation.setResponses(responses);
        return operation;
    }

    /**
     * Adds the shared Problem schema and error responses, the license, a schema for bare headers and JSON for
     * answers springdoc could not name.
     */
    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        components.addSchemas(FIELD_PROBLEM, typed("object")
                .description("What is wrong with one field of the request")
                .addProperty("field", typed("string").description("JSON path of the field (e.g. lines[0].quantity) "
                        + "or name of the parameter"))
                .addProperty("message", typed("string").description("what is wrong with it"))
                .required(List.of("field", "message")));
        components.addSchemas(PROBLEM, typed("object")
                .description("RFC 9457 problem details, the shape of every error answer")
                .addProperty("type", typed("string").format("uri-reference")._default("about:blank")
                        .description("always about:blank: the status says what kind of problem it is"))
                .addProperty("title", typed("string").description("short summary of the kind of problem"))
                .addProperty("status", typed("integer").format("int32").description("the HTTP status code"))
                .addProperty("detail", typed("string").description("what went wrong with this request"))
                .addProperty("instance", typed("string").format("uri-reference").description("the request's path"))
                .addProperty("errors", typed("array").items(new Schema<>().$ref(ref(FIELD_PROBLEM)))
                        .description("each field or parameter at fault (400 and 422 only, when they can be named)"))
                .required(List.of("title", "status")));
        Set<String> used = new HashSet<>();
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(path -> path.readOperations().stream()
                    .filter(operation -> operation.getResponses() != null)
                    .flatMap(operation -> operation.getResponses().values().stream())
                    .filter(response -> response.get$ref() != null)
                    .forEach(response -> used.add(response.get$ref())));
        }
        for (String[] answer : ANSWERS.values()) {
            if (used.contains(RESPONSES + answer[0])) {
                components.addResponses(answer[0], new ApiResponse().description(answer[1]).content(problemContent()));
            }
        }
        if (openApi.getInfo() != null && openApi.getInfo().getLicense() == null) {
            openApi.getInfo().license(new License().name("Apache-2.0").identifier("Apache-2.0"));
        }
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                typeBareHeaders(operation);
                nameJsonAnswers(operation);
            }));
        }
    }

    private static void add(ApiResponses responses, String status) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().$ref(RESPONSES + ANSWERS.get(status)[0]));
        }
    }

    private static boolean answersWithContent(ApiResponses responses) {
        return responses.entrySet().stream().anyMatch(r -> r.getKey().startsWith("2") && r.getValue().getContent() != null
                && !r.getValue().getContent().isEmpty());
    }

    /** A list answer filters by the path's ids (an unknown one gives an empty list), it does not read a resource. */
    private static boolean listsAnswer(ApiResponses responses) {
        ApiResponse ok = responses.get("200");
        if (ok == null || ok.getContent() == null) return false;
        return ok.getContent().values().stream().map(MediaType::getSchema)
                .anyMatch(schema -> schema != null && ("array".equals(schema.getType())
                        || (schema.getTypes() != null && schema.getTypes().contains("array"))));
    }

    /** A parameter Spring can refuse with 400: required but missing, not convertible to its type, or constrained. */
    private static boolean canBeUnreadable(Parameter parameter) {
        if (!"path".equals(parameter.getIn()) && Boolean.TRUE.equals(parameter.getRequired())) return true;
        Schema<?> schema = parameter.getSchema();
        if (schema == null) return false;
        boolean plainString = "string".equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().equals(Set.of("string")));
        return !plainString || schema.getFormat() != null || schema.getEnum() != null || schema.getPattern() != null
                || schema.getMinLength() != null || schema.getMaxLength() != null;
    }

    /** springdoc leaves a header declared only by name and description without a schema, which OpenAPI requires. */
    private static void typeBareHeaders(Operation operation) {
        if (operation.getResponses() == null) return;
        operation.getResponses().values().stream()
                .filter(r -> r.getHeaders() != null)
                .flatMap(r -> r.getHeaders().values().stream())
                .filter(h -> h.getSchema() == null && h.getContent() == null && h.get$ref() == null)
                .forEach(h -> h.setSchema(typed("string")));
    }

    /**
     * springdoc writes {@code *}{@code /*} for answers of handlers that do not say what they produce; Spring answers
     * those with JSON, so the document says so.
     */
    private static void nameJsonAnswers(Operation operation) {
        if (operation.getResponses() == null) return;
        operation.getResponses().values().stream()
                .filter(r -> r.getContent() != null && r.getContent().containsKey(ANY))
                .forEach(r -> {
                    Content json = new Content();
                    r.getContent().forEach((type, media) -> json.addMediaType(ANY.equals(type) ? JSON : type, media));
                    r.setContent(json);
                });
    }

    /** Sets the type both ways: OpenAPI 3.1 documents write {@code types}, 3.0 ones {@code type}. */
    @SuppressWarnings("rawtypes")
    private static Schema typed(String type) {
        return new Schema<>().type(type).types(Set.of(type));
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(ref(PROBLEM))));
    }

    private static String ref(String schema) {
        return "#/components/schemas/" + schema;
    }
}
