package com.omnidom.deploy;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CloudNativePG's objects checked by {@code tools/k8s/validate-cnpg.mjs} against the schemas of the npm package
 * {@code @kubernetes-models/cloudnative-pg} (no Maven package has them), strictly: unknown fields, types, required
 * fields, enums. It needs Node.js on the PATH and {@code npm ci} run in tools/k8s (the Maven build does both);
 * {@code -Dcnpg.skip} leaves the objects' metadata checked only.
 */
final class CloudNativePg {

    static final String GROUP = "postgresql.cnpg.io/";
    /** {@code -Dcnpg.skip} (surefire passes Maven's user properties to the tests). */
    static final boolean SKIPPED = Boolean.getBoolean("cnpg.skip");

    private static final Path TOOL = Path.of("..", "tools", "k8s").toAbsolutePath().normalize();
    private static final JsonMapper JSON = new JsonMapper();

    private CloudNativePg() {
    }

    static boolean validates(String apiVersion) {
        return !SKIPPED && apiVersion.startsWith(GROUP);
    }

    /** One line per violation, "{@code apiVersion kind name: what}"; empty when all objects are valid. */
    static List<String> violations(List<ObjectNode> objects) {
        if (objects.isEmpty()) return List.of();
        if (!Files.isDirectory(TOOL.resolve("node_modules"))) {
            throw new AssertionError("tools/k8s has no node_modules: the Maven build runs `npm ci` there before the "
                    + "tests (or run `npm ci --prefix tools/k8s`); -Dcnpg.skip checks CloudNativePG's metadata only");
        }
        try {
            Path input = Files.createTempFile("cnpg", ".json");
            try {
                Files.writeString(input, JSON.writeValueAsString(objects));
                Commands.Result result = Commands.run(List.of("node", TOOL.resolve("validate-cnpg.mjs").toString(),
                        input.toString()), "node is not on the PATH: CloudNativePG's objects are validated by "
                        + "tools/k8s/validate-cnpg.mjs (Node.js 20+, as the AsyncAPI and OpenAPI checks); -Dcnpg.skip "
                        + "checks their metadata only");
                return switch (result.exit()) {
                    case 0 -> List.of();
                    case 1 -> result.out().lines().toList();
                    default -> throw new AssertionError("validate-cnpg.mjs failed: " + result.err() + result.out());
                };
            } finally {
                Files.deleteIfExists(input);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
