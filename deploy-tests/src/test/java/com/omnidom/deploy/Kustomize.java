package com.omnidom.deploy;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Renders a directory of k8s/ as {@code kubectl kustomize} does (kubectl's built-in Kustomize: what
 * {@code kubectl apply -k} applies), once per directory and test JVM.
 */
final class Kustomize {

    static final Path K8S = Path.of("..", "k8s").toAbsolutePath().normalize();
    static final List<String> OVERLAYS = List.of("overlays/local", "overlays/production");
    static final YAMLMapper YAML = new YAMLMapper();

    private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    /** The objects of {@code k8s/<dir>} as rendered. */
    static List<ObjectNode> render(String dir) {
        return RENDERED.computeIfAbsent(dir, Kustomize::run);
    }

    /**
     * The local overlay with {@code k8s/<component>} added, as k8s/README.md says to enable an optional component,
     * written into {@code overlay} and rendered.
     */
    static List<ObjectNode> localOverlayWith(Path overlay, String component) throws IOException {
        Files.createDirectories(overlay);
        Files.writeString(overlay.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                  - %s
                components:
                  - %s
                """.formatted(overlay.relativize(K8S.resolve("overlays/local")), overlay.relativize(K8S.resolve(component))));
        return render(overlay.toString());
    }

    static List<ObjectNode> ofKind(String dir, String kind) {
        return render(dir).stream().filter(o -> kind.equals(o.path("kind").asString())).toList();
    }

    static ObjectNode named(String dir, String kind, String name) {
        return ofKind(dir, kind).stream().filter(o -> name.equals(o.at("/metadata/name").asString())).findFirst()
                .orElseThrow(() -> new AssertionError(dir + " renders no " + kind + " " + name));
    }

    /** Every document of a YAML stream that is an object (comments and empty documents dropped). */
    static List<ObjectNode> documents(String yaml) {
        List<ObjectNode> objects = new ArrayList<>();
        try (var parser = YAML.createParser(yaml)) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(node -> {
                if (node instanceof ObjectNode object) objects.add(object);
            });
        }
        return objects;
    }

    private static List<ObjectNode> run(String dir) {
        Path kubectl = kubectl().orElseThrow(() -> new AssertionError("kubectl is not on the PATH: deploy-tests renders "
                + "k8s/ with `kubectl kustomize` (kubectl 1.27 or newer; set KUBECTL to its path, or install it, e.g. "
                + "the Kubernetes project's Debian package `kubectl`). The check is not skipped without it."));
        Commands.Result result = Commands.run(List.of(kubectl.toString(), "kustomize", K8S.resolve(dir).toString()),
                "kubectl at " + kubectl + " cannot be run");
        if (result.exit() != 0) throw new AssertionError("kubectl kustomize " + dir + " failed: " + result.err());
        return List.copyOf(documents(result.out()));
    }

    private static Optional<Path> kubectl() {
        String explicit = System.getenv("KUBECTL");
        if (explicit != null && !explicit.isBlank()) return Optional.of(Path.of(explicit));
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).filter(s -> !s.isEmpty())
                .map(p -> Path.of(p, "kubectl")).filter(Files::isExecutable).findFirst();
    }
}
