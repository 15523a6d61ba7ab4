package com.omnidom.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every REST path a service's controllers serve reaches that service through the Ingress; every page of the people's
 * screens reaches web through theirs, and nothing else does.
 */
class IngressTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;
    private static final Pattern API_PATH = Pattern.compile("\"(/api/v1/[^\" ]*)");

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServicesApiPathsAreRoutedToIt(String overlay) {
        JsonNode rule = Kustomize.named(overlay, "Ingress", "omnidom-api").at("/spec/rules/0/http/paths");
        // ingress-nginx with use-regex: each path is a case-insensitive regular expression anchored at the start,
        // the longest path tried first
        List<Map.Entry<Pattern, String>> routes = StreamSupport.stream(rule.spliterator(), false)
                .sorted(Comparator.comparingInt((JsonNode p) -> p.path("path").asString().length()).reversed())
                .map(p -> Map.entry(Pattern.compile("^" + p.path("path").asString(), Pattern.CASE_INSENSITIVE),
                        p.at("/backend/service/name").asString()))
                .toList();
        for (String service : Services.NAMES) {
            Set<String> paths = apiPaths(service);
            assertThat(paths).as(service + " serves REST").isNotEmpty();
            for (String path : paths) {
                String routed = routes.stream().filter(r -> r.getKey().matcher(path).find()).map(Map.Entry::getValue)
                        .findFirst().orElse("nothing");
                assertThat(routed).as(path).isEqualTo(service);
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyPageOfTheScreensTheirSignInAndSignOutAndTheirStylesheetReachWebOnItsOwnHostAndItsActuatorDoesNot(String overlay) {
        JsonNode screens = Kustomize.named(overlay, "Ingress", "omnidom-screens").at("/spec/rules/0");
        assertThat(screens.path("host").asString()).as("its own host")
                .isNotEqualTo(Kustomize.named(overlay, "Ingress", "omnidom-api").at("/spec/rules/0/host").asString());
        Set<String> paths = new TreeSet<>(screenPaths());
        assertThat(paths).as("web's pages").contains("/", "/store", "/partner", "/cs", "/fulfillments/sample-id");
        // Spring Security's: where sign-in starts, the authorization code's return, a failed sign-in, sign-out
        paths.addAll(List.of("/oauth2/authorization/omnidom", "/login/oauth2/code/omnidom", "/login", "/logout"));
        paths.addAll(staticPaths());
        for (String path : paths) {
            assertThat(kubernetesRoute(screens.at("/http/paths"), path)).as(path).isEqualTo("web:http");
        }
        for (String closed : List.of("/actuator/health", "/actuator/prometheus", "/actuator", "/api/v1/fulfillments", "/storefront")) {
            assertThat(kubernetesRoute(screens.at("/http/paths"), closed)).as(closed).isEqualTo("nothing");
        }
        assertThat(Kustomize.named(overlay, "Ingress", "omnidom-api").findValuesAsString("name")).doesNotContain(Services.WEB);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void aPartnersCsvUploadFitsThroughTheIngressAndEachBrowserStaysOnThePodHoldingItsSession(String overlay) {
        JsonNode annotations = Kustomize.named(overlay, "Ingress", "omnidom-screens").at("/metadata/annotations");
        String limit = Services.applicationYml(Services.WEB).at("/spring/servlet/multipart/max-request-size").asString();
        assertThat(bytes(annotations.path("nginx.ingress.kubernetes.io/proxy-body-size").asString()))
                .as("ingress-nginx's body limit ≥ web's " + limit).isGreaterThanOrEqualTo(bytes(limit));
        // sessions are in the pod's memory and the autoscaler may run several
        assertThat(annotations.path("nginx.ingress.kubernetes.io/affinity").asString()).isEqualTo("cookie");
        assertThat(annotations.path("nginx.ingress.kubernetes.io/affinity-mode").asString()).isEqualTo("persistent");
        // one cookie for all its paths: a sign-in starts at /oauth2/... and returns to /login/... on the same pod
        assertThat(annotations.path("nginx.ingress.kubernetes.io/session-cookie-path").asString()).isEqualTo("/");
    }

    /**
     * Where an Ingress of pathType Exact and Prefix sends a path (the API's rules: an Exact path equal to it, else the
     * longest Prefix that is it or its parent by whole segments), as "service:port", or "nothing".
     */
    private static String kubernetesRoute(JsonNode paths, String path) {
        return StreamSupport.stream(paths.spliterator(), false)
                .filter(p -> {
                    String candidate = p.path("path").asString();
                    return switch (p.path("pathType").asString()) {
                        case "Exact" -> path.equals(candidate);
                        case "Prefix" -> candidate.equals("/") || path.equals(candidate) || path.startsWith(candidate + "/");
                        default -> throw new AssertionError("pathType " + p.path("pathType") + " not evaluated");
                    };
                })
                .max(Comparator.comparingInt((JsonNode p) -> p.path("pathType").asString().equals("Exact") ? Integer.MAX_VALUE
                        : p.path("path").asString().length()))
                .map(p -> p.at("/backend/service/name").asString() + ":" + p.at("/backend/service/port/name").asString())
                .orElse("nothing");
    }

    /** The paths web's controllers map, a sample value for each path variable. */
    private static Set<String> screenPaths() {
        Pattern mapping = Pattern.compile("@(?:Get|Post|Put|Delete|Patch|Request)Mapping\\(\"([^\"]*)\"");
        Set<String> paths = new TreeSet<>();
        for (String source : sources(Services.module(Services.WEB).resolve(Path.of("src", "main", "java")), ".java")) {
            Matcher m = mapping.matcher(source);
            while (m.find()) paths.add(m.group(1).replaceAll("\\{[^}/]+}", "sample-id"));
        }
        return paths;
    }

    /** The files web serves from its classpath's static/, as their paths. */
    private static Set<String> staticPaths() {
        Path root = Services.module(Services.WEB).resolve(Path.of("src", "main", "resources", "static"));
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(f -> "/" + root.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> sources(Path root, String suffix) {
        try (Stream<Path> files = Files.walk(root)) {
            List<String> sources = new java.util.ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) sources.add(Files.readString(file));
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A size as ingress-nginx ("2m", "512k") or Spring ("1MB", "512KB") write it, in bytes. */
    private static long bytes(String size) {
        Matcher m = Pattern.compile("(\\d+)\\s*([kKmMgG]?)[bB]?").matcher(size.trim());
        if (!m.matches()) throw new AssertionError("not a size: " + size);
        long unit = switch (m.group(2).toLowerCase()) {
            case "k" -> 1L << 10;
            case "m" -> 1L << 20;
            case "g" -> 1L << 30;
            default -> 1;
        };
        return Long.parseLong(m.group(1)) * unit;
    }

    /** The /api/v1 paths in a service's sources, a sample value for each path variable. */
    static Set<String> apiPaths(String service) {
        Set<String> paths = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Services.module(service).resolve(Path.of("src", "main", "java")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = API_PATH.matcher(Files.readString(file));
                while (m.find()) {
                    paths.add(m.group(1).replace("/**", "").replaceAll("\\{[^}/]+}", "sample-id").replaceAll("[.]$", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paths;
    }
}
