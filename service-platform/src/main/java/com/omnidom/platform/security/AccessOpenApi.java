package com.omnidom.platform.security;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpMethod;

import java.util.List;
import java.util.TreeSet;

/**
 * Writes the access rules into the OpenAPI document: the bearer-token scheme, on every operation the roles that
 * may call it ({@code x-roles}, and in its description) and the 401 and 403 answers.
 */
final class AccessOpenApi implements OpenApiCustomizer {

    static final String SCHEME = "bearer";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final AccessPolicy policy;

    AccessOpenApi(AccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT").description("An OAuth2 access token (JWT) from the retailer's "
                        + "identity provider; its `roles` claim says what the caller may do (docs/security.md)."));
        openApi.getComponents().addResponses("Unauthorized", problem("No bearer token, or one that is expired, "
                + "not yet valid, wrongly signed, from another issuer or for another audience."));
        openApi.getComponents().addResponses("Forbidden", problem("The token is valid but its roles do not allow "
                + "this operation."));
        if (openApi.getPaths() == null) return;
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                describe(path, HttpMethod.valueOf(method.name()), operation)));
    }

    private void describe(String path, HttpMethod method, Operation operation) {
        AccessRules.Rule rule = policy.ruleFor(method, AccessPolicy.sample(path));
        if (rule == null) return;
        if (rule.open()) {
            operation.setSecurity(List.of());
            String why = "No bearer token: " + rule.openBecause();
            operation.setDescription(operation.getDescription() == null ? why : operation.getDescription() + "\n\n" + why);
            return;
        }
        var roles = rule.roles();
        operation.setSecurity(List.of(new SecurityRequirement().addList(SCHEME)));
        operation.addExtension("x-roles", List.copyOf(new TreeSet<>(roles)));
        String who = "Roles: " + String.join(", ", new TreeSet<>(roles)) + ".";
        operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        responses.putIfAbsent("401", new ApiResponse().$ref("#/components/responses/Unauthorized"));
        responses.putIfAbsent("403", new ApiResponse().$ref("#/components/responses/Forbidden"));
        operation.setResponses(responses);
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref(PROBLEM_REF))));
    }

}
