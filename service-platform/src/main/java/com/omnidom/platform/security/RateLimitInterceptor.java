package com.omnidom.platform.security;

import com.omnidom.platform.web.ProblemResponses;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Per-client limits ({@code omnidom.security.rate-limits}): each client gets its own Resilience4j limiter per
 * limited operation, so one busy or abusive client cannot starve the others. Runs after authentication and
 * authorisation, before the controller; a call over the limit gets 429 problem+json with {@code Retry-After} and
 * does nothing.
 */
final class RateLimitInterceptor implements HandlerInterceptor {

    private record Limit(SecurityProperties.RateLimit rule, PathPattern pattern, RateLimiterConfig config) {
    }

    private final List<Limit> limits;
    private final RateLimiterRegistry registry = RateLimiterRegistry.ofDefaults();

    RateLimitInterceptor(List<SecurityProperties.RateLimit> rules) {
        this.limits = rules.stream().map(r -> new Limit(r, PathPatternParser.defaultInstance.parse(r.path()),
                RateLimiterConfig.custom().limitForPeriod(r.limit()).limitRefreshPeriod(r.period())
                        .timeoutDuration(Duration.ZERO).build())).toList();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        // a streamed answer comes back for an async dispatch: the call was counted when it began
        if (request.getDispatcherType() == jakarta.servlet.DispatcherType.ASYNC) return true;
        Limit limit = limitFor(request);
        if (limit != null) {
            String client = SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken t
                    ? Caller.of(t.getToken()).client() : request.getRemoteAddr();
            RateLimiter limiter = registry.rateLimiter(limit.rule().method() + " " + limit.rule().path() + " " + client,
                    limit.config());
            if (!limiter.acquirePermission()) {
                long seconds = Math.max(1, (limit.rule().period().toMillis() + 999) / 1000);
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too Many Requests",
                        "More than " + limit.rule().limit() + " calls per " + limit.rule().period().toMillis()
                                + " ms from client '" + client + "'; retry after " + seconds + " s.");
                return false;
            }
        }
        return true;
    }

    private Limit limitFor(HttpServletRequest request) {
        if (limits.isEmpty()) return null;
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        for (Limit limit : limits) {
            if (limit.rule().method().matches(request.getMethod()) && limit.pattern().matches(path)) return limit;
        }
        return null;
    }
}
