package com.omnidom.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.util.List;

/**
 * Explicit limits on what a request may carry; beyond them the answer is a 4xx problem, never a 5xx.
 *
 * @param maxBodySize       largest request body on ordinary endpoints
 * @param maxBulkBodySize   largest request body on bulk endpoints ({@code bulkPaths})
 * @param bulkPaths         Ant-style paths of bulk endpoints (imports)
 * @param maxJsonDepth      deepest nesting of JSON objects and arrays
 * @param maxJsonStringLength longest JSON string value, in characters
 */
@ConfigurationProperties("omnidom.web")
public record WebLimitsProperties(
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("512MB") DataSize maxBulkBodySize,
        @DefaultValue("/api/v1/imports/**") List<String> bulkPaths,
        @DefaultValue("32") int maxJsonDepth,
        @DefaultValue("100000") int maxJsonStringLength) {
}
