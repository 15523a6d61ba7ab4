package com.omnidom.catalog.imports.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * @param chunkSize       rows applied per transaction (a rejected row never spoils the others)
 * @param maxStoredErrors rejections kept with their reasons per import; all are counted
 * @param workers         imports processed at the same time by one instance
 * @param abandonedAfter  a RUNNING import without progress for this long is marked FAILED (its instance stopped)
 * @param spoolDirectory  where uploads wait for processing; defaults to {@code <java.io.tmpdir>/omnidom-catalog-imports}
 * @param maxLineLength   longest NDJSON line in characters; longer rows are rejected
 */
@ConfigurationProperties("omnidom.catalog.imports")
public record ImportProperties(
        @DefaultValue("200") int chunkSize,
        @DefaultValue("1000") int maxStoredErrors,
        @DefaultValue("2") int workers,
        @DefaultValue("5m") Duration abandonedAfter,
        Path spoolDirectory,
        @DefaultValue("1048576") int maxLineLength) {

    public Path spoolDirectoryOrDefault() {
        return spoolDirectory != null ? spoolDirectory : Path.of(System.getProperty("java.io.tmpdir"), "omnidom-catalog-imports");
    }
}
