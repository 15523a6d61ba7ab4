package com.omnidom.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.HandlerInterceptor;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * Records every state-changing call that reached a controller (its answer included, refusals too) with the
 * token's subject and client, in the service's own {@code audit_record} table, after the call's own transaction.
 */
final class AuditTrail implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        if (!WRITES.contains(request.getMethod())
                || !(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            return;
        }
        Caller caller = Caller.of(token.getToken());
        String path = request.getRequestURI();
        try {
            jdbc.sql("""
                            INSERT INTO audit_record (at, subject, client, method, path, status)
                            VALUES (:at, :subject, :client, :method, :path, :status)""")
                    .param("at", java.sql.Timestamp.from(Instant.now(clock)))
                    .param("subject", caller.subject())
                    .param("client", caller.client())
                    .param("method", request.getMethod())
                    .param("path", path.length() > 500 ? path.substring(0, 500) : path)
                    .param("status", response.getStatus())
                    .update();
        } catch (RuntimeException e) {
            // the call itself is done and answered; a lost audit row must not turn it into an error
            log.warn("audit record lost for {} {} by {}: {}", request.getMethod(), path, caller.subject(), e.toString());
        }
    }
}
