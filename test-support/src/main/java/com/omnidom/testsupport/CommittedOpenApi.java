package com.omnidom.testsupport;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps a service's committed {@code openapi.json} true: the live document must equal it.
 * {@code -Domnidom.openapi.write=true} rewrites it from the live one (after a deliberate API change).
 */
public final class CommittedOpenApi {

    private CommittedOpenApi() {
    }

    public static void assertMatches(JsonNode live) throws IOException {
        Path committed = Path.of("openapi.json");
        String stale = Path.of("").toAbsolutePath().getFileName()
                + "/openapi.json is stale: run the build with -Domnidom.openapi.write=true";
        if (Boolean.getBoolean("omnidom.openapi.write")) {
            Files.writeString(committed, Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(live) + "\n");
        }
        assertThat(committed).as(stale).exists();
        assertThat(Http.JSON.readTree(Files.readString(committed))).as(stale).isEqualTo(live);
    }
}
