package com.omnidom.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpMethod;

import java.time.Duration;
import java.util.List;

/**
 * {@code omnidom.security.*}: whether the OpenAPI document and Swagger UI are open (local stack) or for admins
 * only (the default), and the per-client rate limits.
 *
 * @param publicApiDocs open /v3/api-docs and /swagger-ui to anyone (a developer's laptop), else admins only
 * @param rateLimits    per-client limits on chosen operations; a caller over its limit gets 429 with Retry-After
 */
@ConfigurationProperties("omnidom.security")
public record SecurityProperties(@DefaultValue("false") boolean publicApiDocs,
                                 @DefaultValue List<RateLimit> rateLimits) {

    /**
     * @param method   the operation's method
     * @param path     its path pattern (as in the access rules)
     * @param limit    calls per client in each period
     * @param period   the period (1s by default)
     */
    public record RateLimit(HttpMethod method, String path, int limit, @DefaultValue("1s") Duration period) {
    }
}
