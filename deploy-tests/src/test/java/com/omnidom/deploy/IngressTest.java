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
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Every REST path a service's controllers serve reaches that service through the Ingress. */
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
