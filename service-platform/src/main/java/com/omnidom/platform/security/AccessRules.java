package com.omnidom.platform.security;

import org.springframework.http.HttpMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A service's access rules, as data: which roles may call which operations. The platform enforces them (deny by
 * default: an operation no rule names answers 403 to everyone), writes them into the OpenAPI document, and tests
 * compare them with the service's "Access" table. First matching rule wins, so put specific paths before
 * wildcards. Object-level limits (a store sees only its own location) are the service's code, with {@link Caller}.
 */
public final class AccessRules {

    /**
     * One rule: {@code method} (null: any) on a path pattern ({@code {id}}, {@code *}, {@code **}), for these roles;
     * or, when {@code openBecause} is given, open to callers without a token (who prove themselves otherwise).
     */
    public record Rule(HttpMethod method, String path, Set<String> roles, String openBecause) {

        public boolean open() {
            return openBecause != null;
        }
    }

    private final List<Rule> rules = new ArrayList<>();

    public static AccessRules define() {
        return new AccessRules();
    }

    public AccessRules get(String path, String... roles) {
        return allow(HttpMethod.GET, path, roles);
    }

    public AccessRules post(String path, String... roles) {
        return allow(HttpMethod.POST, path, roles);
    }

    public AccessRules put(String path, String... roles) {
        return allow(HttpMethod.PUT, path, roles);
    }

    public AccessRules patch(String path, String... roles) {
        return allow(HttpMethod.PATCH, path, roles);
    }

    public AccessRules delete(String path, String... roles) {
        return allow(HttpMethod.DELETE, path, roles);
    }

    public AccessRules allow(HttpMethod method, String path, String... roles) {
        for (String role : roles) {
            if (!Roles.ALL.contains(role)) throw new IllegalArgumentException("unknown role '" + role + "' for " + path);
        }
        if (roles.length == 0) throw new IllegalArgumentException("a rule needs at least one role: " + path);
        rules.add(new Rule(method, path, Set.of(roles), null));
        return this;
    }

    /**
     * An operation called without a bearer token because its caller proves itself another way (e.g. a webhook
     * signed with a shared secret, verified by the controller); {@code because} says how, for the documents.
     */
    public AccessRules open(HttpMethod method, String path, String because) {
        rules.add(new Rule(method, path, Set.of(), because));
        return this;
    }

    public List<Rule> rules() {
        return List.copyOf(rules);
    }
}
