package com.omnidom.testsupport;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a running service's access against its canvas: every endpoint of its handler mappings must have a row
 * in the README's access table ({@code | method | path | roles |}), every row an endpoint, and each endpoint must
 * answer each of the eight roles as its row says: a listed role gets past authorisation (neither 401 nor 403,
 * and no 500 for an empty body and sample ids), any other gets 403, no token 401. A row whose roles are
 * {@code open} (a webhook that proves itself with a signature) must get past authorisation without any token.
 * So an endpoint added without a rule, or a rule that drifts from the documentation, fails the build.
 */
public final class AccessMatrix {

    /** An endpoint: method and path template as mapped (and as the table writes it). */
    public record Endpoint(String method, String path) {
    }

    /** The roles cell of an operation called without a bearer token. */
    public static final String OPEN = "open";

    private static final Set<String> NOT_CHECKED = Set.of("/error", "/v3/api-docs", "/v3/api-docs.yaml",
            "/v3/api-docs/swagger-config", "/swagger-ui.html");
    /** Endpoints every service has from the platform (docs/security.md lists their rules). */
    private static final Map<Endpoint, Set<String>> PLATFORM = Map.of(
            new Endpoint("GET", "/api/v1/audit-records"), Set.of("ops"),
            new Endpoint("GET", "/api/v1/dead-letters"), Set.of("ops"),
            new Endpoint("GET", "/api/v1/dead-letters/{id}"), Set.of("ops"),
            new Endpoint("POST", "/api/v1/dead-letters/{id}/redrive"), Set.of("ops"),
            new Endpoint("POST", "/api/v1/dead-letters/{id}/discard"), Set.of("ops"),
            new Endpoint("GET", "/api/v1/parked-events"), Set.of("ops"));

    private AccessMatrix() {
    }

    public static void verify(Http http, ApplicationContext context, Path readme) {
        Map<Endpoint, Set<String>> expected = new LinkedHashMap<>(table(readme));
        Set<Endpoint> mapped = endpoints(context);
        Set<Endpoint> undocumented = new TreeSet<>(java.util.Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        mapped.stream().filter(e -> !expected.containsKey(e) && !PLATFORM.containsKey(e)).forEach(undocumented::add);
        assertThat(undocumented).as("endpoints without a row in %s's access table", readme).isEmpty();
        assertThat(expected.keySet()).as("rows of %s's access table without an endpoint", readme)
                .allSatisfy(row -> assertThat(mapped).contains(row));
        PLATFORM.forEach(expected::putIfAbsent);

        List<String> wrong = new ArrayList<>();
        expected.forEach((endpoint, allowed) -> {
            String path = endpoint.path().replaceAll("\\{[^}/]+}", "sample-id");
            HttpMethod method = HttpMethod.valueOf(endpoint.method());
            Object body = method == HttpMethod.GET || method == HttpMethod.DELETE ? null : "{}";
            boolean open = allowed.contains(OPEN);
            int anonymous = http.anonymous().exchange(method, path, body, MediaType.APPLICATION_JSON).status();
            if (open && (anonymous == 401 || anonymous == 403 || anonymous >= 500)) {
                wrong.add(endpoint + " without a token: " + anonymous + " (expected past authorisation: open)");
            } else if (!open && anonymous != 401) {
                wrong.add(endpoint + " without a token: " + anonymous + " (expected 401)");
            }
            for (String role : TestCaller.ROLES) {
                int status = http.as(caller(role)).exchange(method, path, body, MediaType.APPLICATION_JSON).status();
                boolean may = open || allowed.contains(role);
                if (may && (status == 401 || status == 403 || status >= 500)) {
                    wrong.add(endpoint + " as " + role + ": " + status + " (expected past authorisation)");
                } else if (!may && status != 403) {
                    wrong.add(endpoint + " as " + role + ": " + status + " (expected 403)");
                }
            }
        });
        assertThat(wrong).as("answers that differ from the access table").isEmpty();
    }

    /** A caller holding just this role, with the scope claims the role needs. */
    public static TestCaller caller(String role) {
        TestCaller caller = TestCaller.of("matrix-" + role, role);
        return switch (role) {
            case "channel" -> caller.withChannel("WEB_SHOP");
            case "store" -> caller.withLocation("MATRIX-STORE").withChannel("STORE_POS");
            case "partner" -> caller.withPartner("MATRIX-PARTNER");
            default -> caller;
        };
    }

    /** The service's endpoints from its MVC handler mappings, without the error page and the API docs. */
    public static Set<Endpoint> endpoints(ApplicationContext context) {
        Set<Endpoint> endpoints = new LinkedHashSet<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().keySet().forEach(info -> add(info, endpoints)));
        return endpoints;
    }

    private static void add(RequestMappingInfo info, Set<Endpoint> endpoints) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        for (String path : info.getPatternValues()) {
            if (NOT_CHECKED.contains(path) || path.startsWith("/swagger-ui")) continue;
            (methods.isEmpty() ? Set.of(RequestMethod.GET) : methods)
                    .forEach(m -> endpoints.add(new Endpoint(m.name(), path)));
        }
    }

    /** The rows of the first table whose header is {@code | method | path | roles |}; roles comma-separated. */
    public static Map<Endpoint, Set<String>> table(Path readme) {
        List<String> lines;
        try {
            lines = Files.readAllLines(readme);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Endpoint, Set<String>> rows = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : lines) {
            String[] cells = Arrays.stream(line.trim().split("\\|")).map(c -> c.replace("`", "").trim())
                    .filter(c -> !c.isEmpty()).toArray(String[]::new);
            if (!inTable) {
                inTable = cells.length == 3 && cells[0].equalsIgnoreCase("method") && cells[1].equalsIgnoreCase("path")
                        && cells[2].equalsIgnoreCase("roles");
                continue;
            }
            if (!line.trim().startsWith("|")) break;
            if (cells.length < 3 || cells[0].startsWith("-")) continue;
            Set<String> roles = new LinkedHashSet<>();
            for (String role : cells[2].split(",")) roles.add(role.trim());
            if (!roles.equals(Set.of(OPEN))) {
                assertThat(TestCaller.ROLES).as("roles in the row for %s %s", cells[0], cells[1]).containsAll(roles);
            }
            if (rows.put(new Endpoint(cells[0].toUpperCase(), cells[1]), roles) != null) {
                throw new AssertionError("two rows for " + cells[0] + " " + cells[1] + " in " + readme);
            }
        }
        assertThat(rows).as("an access table | method | path | roles | in %s", readme).isNotEmpty();
        return rows;
    }
}
