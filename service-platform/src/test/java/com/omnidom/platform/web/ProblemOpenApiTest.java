package com.omnidom.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.method.HandlerMethod;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemOpenApiTest {

    private final ProblemOpenApi problems = new ProblemOpenApi();

    /** The handler shapes the derivation tells apart; only their annotations and parameters matter. */
    @SuppressWarnings("unused")
    static class Sample {
        @PostMapping("/things")
        void create(@org.springframework.web.bind.annotation.RequestBody String body) {
        }

        @PostMapping("/orders")
        void place(@RequestHeader("Idempotency-Key") String key,
                   @org.springframework.web.bind.annotation.RequestBody String body) {
        }

        @GetMapping("/things/{id}")
        void read(@PathVariable UUID id) {
        }

        @GetMapping("/articles/{sku}")
        void readBySku(@PathVariable String sku) {
        }

        @PutMapping("/articles/{sku}")
        void put(@PathVariable String sku, @org.springframework.web.bind.annotation.RequestBody String body) {
        }

        @GetMapping("/orders/{orderId}/items")
        void items(@PathVariable String orderId) {
        }

        @PostMapping("/imports")
        void importFile() {
        }

        @DeleteMapping("/things/{sku}")
        void remove(@PathVariable String sku) {
        }
    }

    @Test
    void aCreatingPostWithABodyCanBeUnreadableConflictingTooLargeUnsupportedOrBreakARule() {
        Operation operation = customize("create", op(ok("201")).requestBody(new RequestBody()));

        assertThat(operation.getResponses()).containsOnlyKeys("201", "400", "409", "413", "415", "422", "500", "503");
        assertThat(operation.getResponses().get("201").getDescription()).isEqualTo("declared");
        assertThat(operation.getResponses().get("400").get$ref()).isEqualTo("#/components/responses/BadRequest");
        assertThat(operation.getResponses().get("422").get$ref()).isEqualTo("#/components/responses/UnprocessableContent");
    }

    @Test
    void aReadOfATypedIdCanBeUnreadableOrNotFoundButNeverConflicts() {
        Operation operation = customize("read", op(ok("200"), path("id", schema("string").format("uuid"))));

        assertThat(operation.getResponses()).containsOnlyKeys("200", "400", "404", "500", "503");
    }

    @Test
    void aPlainStringPathVariableCannotBeUnreadable() {
        Operation operation = customize("readBySku", op(ok("200"), path("sku", schema("string"))));

        assertThat(operation.getResponses()).containsOnlyKeys("200", "404", "500", "503");
    }

    @Test
    void aPutThatCreatesTheResourceIsNeverNotFound() {
        Operation operation = customize("put", op(ok("200", "201"), path("sku", schema("string")))
                .requestBody(new RequestBody()));

        assertThat(operation.getResponses()).doesNotContainKey("404").containsKeys("200", "201", "409", "422");
    }

    @Test
    void aListFilteredByThePathsIdIsNeverNotFound() {
        ApiResponses responses = new ApiResponses().addApiResponse("200", new ApiResponse().description("declared")
                .content(new Content().addMediaType("application/json", new MediaType().schema(schema("array")))));
        Operation operation = customize("items", op(responses, path("orderId", schema("string"))));

        assertThat(operation.getResponses()).containsOnlyKeys("200", "406", "500", "503");
    }

    @Test
    void anOperationThatAnswersWithContentCanBeAskedForAnotherType() {
        ApiResponses responses = new ApiResponses().addApiResponse("200", new ApiResponse().description("declared")
                .content(new Content().addMediaType("*/*", new MediaType().schema(schema("object")))));
        Operation operation = customize("readBySku", op(responses, path("sku", schema("string"))));

        assertThat(operation.getResponses()).containsOnlyKeys("200", "404", "406", "500", "503");
        assertThat(operation.getResponses().get("406").get$ref()).isEqualTo("#/components/responses/NotAcceptable");
    }

    @Test
    void aWriteWithQueryParametersCanBreakARuleEvenWithoutABoundBody() {
        Operation operation = customize("importFile", op(ok("200"),
                new Parameter().in("query").name("mode").required(false).schema(schema("string")))
                .requestBody(new RequestBody()));

        assertThat(operation.getResponses()).containsOnlyKeys("200", "413", "415", "422", "500", "503");
    }

    @Test
    void aReusedIdempotencyKeyIsNamedAmongTheRuleViolations() {
        Operation operation = customize("place", op(ok("201"),
                new Parameter().in("header").name("Idempotency-Key").required(false).schema(schema("string")))
                .requestBody(new RequestBody()));

        ApiResponse unprocessable = operation.getResponses().get("422");
        assertThat(unprocessable.get$ref()).isNull();
        assertThat(unprocessable.getDescription()).contains("Idempotency-Key was used before with a different body");
        assertThat(unprocessable.getContent()).containsOnlyKeys("application/problem+json");
    }

    @Test
    void aBodyTheControllerReadsItselfIsNotValidatedButStillLimited() {
        Operation operation = customize("importFile", op(ok("202")).requestBody(new RequestBody()));

        assertThat(operation.getResponses()).containsOnlyKeys("202", "413", "415", "500", "503");
    }

    @Test
    void aDeleteOfANamedResourceCanConflictButBreaksNoBodyRule() {
        Operation operation = customize("remove", op(ok("204"), path("sku", schema("string"))));

        assertThat(operation.getResponses()).containsOnlyKeys("204", "404", "409", "500", "503");
    }

    @Test
    void anAnswerTheControllerDeclaresItselfIsKept() {
        ApiResponses responses = ok("201").addApiResponse("422", new ApiResponse().description("its own"));
        Operation operation = customize("create", op(responses).requestBody(new RequestBody()));

        assertThat(operation.getResponses().get("422").getDescription()).isEqualTo("its own");
    }

    @Test
    void theDocumentGetsTheProblemSchemaOnlyTheAnswersItUsesTheLicenseTypedHeadersAndJson() {
        Operation read = customize("read", op(ok("200"), path("id", schema("string").format("uuid"))));
        read.getResponses().get("200").headers(Map.of("Location", new Header().description("bare")))
                .content(new Content().addMediaType("*/*", new MediaType().schema(schema("object"))));
        OpenAPI openApi = new OpenAPI().info(new Info().title("t").version("v1"))
                .paths(new Paths().addPathItem("/things/{id}", new PathItem().get(read)));

        problems.customise(openApi);

        assertThat(openApi.getComponents().getResponses()).containsOnlyKeys("BadRequest", "NotFound", "InternalError",
                "ServiceUnavailable");
        assertThat(openApi.getComponents().getResponses().get("NotFound").getContent().get("application/problem+json")
                .getSchema().get$ref()).isEqualTo("#/components/schemas/Problem");
        Schema<?> problem = openApi.getComponents().getSchemas().get("Problem");
        assertThat(problem.getProperties()).containsOnlyKeys("type", "title", "status", "detail", "instance", "errors");
        assertThat(problem.getRequired()).containsExactly("title", "status");
        assertThat(problem.getProperties().get("errors").getItems().get$ref()).isEqualTo("#/components/schemas/FieldProblem");
        assertThat(openApi.getComponents().getSchemas().get("FieldProblem").getProperties()).containsOnlyKeys("field", "message");
        assertThat(openApi.getInfo().getLicense().getIdentifier()).isEqualTo("Apache-2.0");
        ApiResponse ok = read.getResponses().get("200");
        assertThat(ok.getHeaders().get("Location").getSchema().getTypes()).containsExactly("string");
        assertThat(ok.getContent()).containsOnlyKeys("application/json");
    }

    private Operation customize(String method, Operation operation) {
        HandlerMethod handler = new HandlerMethod(new Sample(), List.of(Sample.class.getDeclaredMethods()).stream()
                .filter(m -> m.getName().equals(method)).findFirst().orElseThrow());
        return problems.customize(operation, handler);
    }

    private static Operation op(ApiResponses responses, Parameter... parameters) {
        return new Operation().responses(responses).parameters(parameters.length == 0 ? null : List.of(parameters));
    }

    private static ApiResponses ok(String... statuses) {
        ApiResponses responses = new ApiResponses();
        for (String status : statuses) responses.addApiResponse(status, new ApiResponse().description("declared"));
        return responses;
    }

    private static Parameter path(String name, Schema<?> schema) {
        return new Parameter().in("path").name(name).required(true).schema(schema);
    }

    private static Schema<?> schema(String type) {
        return new Schema<>().type(type).types(Set.of(type));
    }
}
