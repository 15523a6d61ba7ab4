package com.omnidom.platform;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Defaults every service shares, at the lowest precedence so a service's application.yml or the
 * environment can still override each one.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    private static final Map<String, Object> DEFAULTS = Map.ofEntries(
            // Kafka: keys are aggregate ids; bodies stay bytes until a listener reads them as a contract event
            Map.entry("spring.kafka.consumer.key-deserializer", "org.apache.kafka.common.serialization.StringDeserializer"),
            Map.entry("spring.kafka.consumer.value-deserializer", "org.apache.kafka.common.serialization.ByteArrayDeserializer"),
            Map.entry("spring.kafka.consumer.auto-offset-reset", "earliest"),
            Map.entry("spring.kafka.consumer.enable-auto-commit", "false"),
            Map.entry("spring.kafka.producer.key-serializer", "org.apache.kafka.common.serialization.StringSerializer"),
            Map.entry("spring.kafka.producer.value-serializer", "org.apache.kafka.common.serialization.ByteArraySerializer"),
            Map.entry("spring.kafka.producer.acks", "all"),
            Map.entry("spring.kafka.producer.properties.enable.idempotence", "true"),
            // Consumers: the platform's error handler logs why a record failed; Spring Integration's default error
            // channel would log the same failure again, with a full stack trace on every retry
            Map.entry("logging.level.org.springframework.integration.handler.LoggingHandler", "off"),
            // Flyway: the platform's tables have their own history, so the service's history starts beside them
            Map.entry("spring.flyway.baseline-on-migrate", "true"),
            Map.entry("spring.flyway.baseline-version", "0"),
            // a service started while its database restarts waits for it (waits doubling up to 10 s, ~3 min in all)
            // instead of exiting: locally nothing would start it again
            Map.entry("spring.flyway.connect-retries", "20"),
            Map.entry("spring.flyway.connect-retries-interval", "10s"),
            // Web: our ProblemAdvice answers errors; no stack traces or messages leak
            Map.entry("spring.mvc.problemdetails.enabled", "false"),
            Map.entry("server.error.include-stacktrace", "never"),
            Map.entry("server.error.include-message", "never"),
            Map.entry("spring.jpa.open-in-view", "false"),
            // Security: every service is a resource server for the local stack's authorization server unless
            // configured otherwise (keys are fetched on the first call, so a service starts without it); tokens
            // must be for Omnidom, and their roles claim holds the caller's roles
            Map.entry("spring.security.oauth2.resourceserver.jwt.issuer-uri", "http://127.0.0.1:9000"),
            Map.entry("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", "http://127.0.0.1:9000/oauth2/jwks"),
            Map.entry("spring.security.oauth2.resourceserver.jwt.audiences", "omnidom"),
            Map.entry("spring.security.oauth2.resourceserver.jwt.authorities-claim-name", "roles"),
            Map.entry("spring.security.oauth2.resourceserver.jwt.authority-prefix", "ROLE_"),
            // Operations: health for the local stack and orchestrators, Prometheus for Grafana
            Map.entry("management.endpoints.web.exposure.include", "health,info,prometheus,metrics"),
            Map.entry("management.endpoint.health.probes.enabled", "true"),
            // readiness, not liveness: a stopped consumer or a stuck relay takes the instance out of rotation; a broker
            // outage must not restart every pod (docs/outbox-and-inbox.md#health)
            Map.entry("management.endpoint.health.group.readiness.include", "readinessState,consumers,outbox"),
            // histograms, not client-side percentiles: Prometheus computes quantiles across instances
            Map.entry("management.metrics.distribution.percentiles-histogram.http.server.requests", "true"),
            Map.entry("management.metrics.distribution.percentiles-histogram.omnidom.events.handled", "true"),
            // no exemplars (trace ids) in /actuator/prometheus: Prometheus before 2.43 (Debian bookworm's 2.42, which
            // ./omnidom up and the air-gapped image run) rejects a whole scrape whose summary _count carries one
            // ("does not support exemplars"); the trace ids are in the logs and in every event's traceparent
            Map.entry("spring.autoconfigure.exclude",
                    "org.springframework.boot.micrometer.tracing.autoconfigure.prometheus.PrometheusExemplarsAutoConfiguration"),
            // Tracing (docs/logs-and-traces.md): every trace sampled unless configured otherwise; spans leave only
            // when management.opentelemetry.tracing.export.otlp.endpoint names a collector (no exporter without it)
            // (Boot names each span's service by spring.application.name)
            Map.entry("management.tracing.sampling.probability", "1.0"));

    /** Logs: one JSON object a line (Elastic Common Schema), unless a developer asks for plain text. */
    private static final String STRUCTURED_CONSOLE = "logging.structured.format.console";
    /** {@code OMNIDOM_LOG_FORMAT=plain} (or the property): Spring Boot's usual text lines. */
    static final String LOG_FORMAT = "omnidom.log-format";

    /**
     * Retention of the platform's own growing tables (docs/retention.md), one rule a line; a service adds its own rules
     * by name, or changes one of these.
     */
    private static final Map<String, Object> RETENTION_RULES = rules(
            rule("processed-event", "processed_event", "processed_at", "${omnidom.retention.processed-event:30d}", null),
            rule("outbox", "outbox", "sent_at", "${omnidom.outbox.retention:7d}", null),
            rule("audit-record", "audit_record", "at", "400d", null),
            rule("dead-letter", "dead_letter", "resolved_at", "30d", "status <> 'OPEN'"),
            rule("order-trace", "order_trace", "recorded_at", "${omnidom.tracing.order-trace-retention:90d}", null));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>(DEFAULTS);
        defaults.putAll(RETENTION_RULES);
        String format = environment.getProperty(LOG_FORMAT, "ecs");
        if (!format.equalsIgnoreCase("plain")) defaults.put(STRUCTURED_CONSOLE, format);
        environment.getPropertySources().addLast(new MapPropertySource("omnidomPlatformDefaults", defaults));
    }

    private static Map<String, String> rule(String name, String table, String column, String keep, String where) {
        String prefix = "omnidom.retention.rules." + name + ".";
        Map<String, String> rule = new LinkedHashMap<>();
        rule.put(prefix + "table", table);
        rule.put(prefix + "column", column);
        rule.put(prefix + "keep", keep);
        if (where != null) rule.put(prefix + "where", where);
        return rule;
    }

    @SafeVarargs
    private static Map<String, Object> rules(Map<String, String>... rules) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (Map<String, String> rule : rules) all.putAll(rule);
        return all;
    }
}
