package com.omnidom.platform.security;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.ArrayList;
import java.util.List;

/**
 * All access rules of a service in the order they apply: the platform's own (health open, metrics for ops, the
 * audit trail, dead letters and parked events, the API docs) first, then the service's {@link AccessRules} beans.
 * The security filter chain enforces exactly these; the OpenAPI document and the access tests read them here.
 */
public final class AccessPolicy {

    /** Open to anyone: liveness and readiness for orchestrators. */
    static final List<String> OPEN = List.of("/actuator/health", "/actuator/health/**", "/actuator/info", "/error");
    static final List<String> API_DOCS = List.of("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**");

    private record Compiled(AccessRules.Rule rule, PathPattern pattern) {
    }

    private final List<AccessRules.Rule> rules;
    private final List<Compiled> compiled;

    AccessPolicy(List<AccessRules> services) {
        List<AccessRules.Rule> all = new ArrayList<>(platformRules().rules());
        services.forEach(s -> all.addAll(s.rules()));
        this.rules = List.copyOf(all);
        this.compiled = rules.stream().map(r -> new Compiled(r, PathPatternParser.defaultInstance.parse(r.path())))
                .toList();
    }

    /** The platform's rules for the operations every service has. */
    static AccessRules platformRules() {
        return AccessRules.define()
                .get("/api/v1/audit-records", Roles.OPS)
                .get("/api/v1/dead-letters", Roles.OPS)
                .get("/api/v1/dead-letters/{id}", Roles.OPS)
                .post("/api/v1/dead-letters/{id}/redrive", Roles.OPS)
                .post("/api/v1/dead-letters/{id}/discard", Roles.OPS)
                .get("/api/v1/parked-events", Roles.OPS)
                .allow(null, "/actuator/**", Roles.OPS);
    }

    public List<AccessRules.Rule> rules() {
        return rules;
    }

    /** The first rule matching the call, or null when none does (denied to everyone). */
    public AccessRules.Rule ruleFor(HttpMethod method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (Compiled c : compiled) {
            if ((c.rule().method() == null || c.rule().method().equals(method)) && c.pattern().matches(container)) {
                return c.rule();
            }
        }
        return null;
    }

    /** A concrete path for a path template: each {@code {variable}} becomes a sample value. */
    public static String sample(String template) {
        return template.replaceAll("\\{[^}/]+}", "sample-id");
    }
}
