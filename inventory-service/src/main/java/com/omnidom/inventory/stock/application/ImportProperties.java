package com.omnidom.inventory.stock.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param chunkSize         rows per transaction (and per multi-row statement)
 * @param maxReportedErrors rejected rows listed with their reasons; all are counted
 * @param maxLineLength     longest NDJSON line in characters; a longer one is rejected, not kept in memory
 */
@ConfigurationProperties("omnidom.inventory.imports")
public record ImportProperties(
        @DefaultValue("500") int chunkSize,
        @DefaultValue("1000") int maxReportedErrors,
        @DefaultValue("10000") int maxLineLength) {
}
