package com.omnidom.payment.psp;

import com.omnidom.payment.payments.application.PaymentGateway;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The PSP's HTTP API ({@code POST /v1/captures}, {@code /v1/releases}, {@code /v1/refunds},
 * {@code /v1/authorizations/{id}/reauthorizations}) behind, from the inside out: the HTTP
 * client's connect and read timeouts, a circuit breaker that counts unavailability (timeouts, I/O errors, 5xx) and
 * slow calls but not refusals (4xx), and a retry of unavailability with exponential back-off that sends the SAME
 * idempotency key each time (one attempt by default). An open circuit fails at once as
 * {@link PaymentGateway.Unavailable}; the caller's intent then stays pending and the recovery job tries again later,
 * with the same key. Every failed attempt counts in {@code omnidom_psp_errors_total{operation,kind}}: {@code timeout},
 * {@code unavailable} (I/O error, 5xx, an answer without id), {@code declined} (4xx), {@code breaker_open} (not tried).
 */
public class PspClient implements PaymentGateway {

    private static final Logger log = LoggerFactory.getLogger(PspClient.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient http;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final MeterRegistry meters;

    public PspClient(PspProperties properties, CircuitBreaker circuitBreaker, Retry retry, MeterRegistry meters) {
        var requestFactory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout()).build());
        requestFactory.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder().baseUrl(properties.baseUrl().toString()).requestFactory(requestFactory).build();
        this.circuitBreaker = circuitBreaker;
        this.retry = retry;
        this.meters = meters;
        // every series exported from the start, at 0: an error's first occurrence then shows as a rate at once
        for (String operation : List.of("capture", "refund", "release", "reauthorize")) {
            for (String kind : List.of("declined", "timeout", "unavailable", "breaker_open")) errors(operation, kind);
        }
        retry.getEventPublisher().onRetry(e -> log.warn("PSP call failed ({}), retry {} follows with the same key",
                e.getLastThrowable().getMessage(), e.getNumberOfRetryAttempts()));
    }

    /** A client with its own circuit breaker, retry and meters, configured from {@code properties}. */
    public static PspClient of(PspProperties properties, MeterRegistry meters) {
        return new PspClient(properties, CircuitBreaker.of("psp", circuitBreakerConfig(properties)),
                Retry.of("psp", retryConfig(properties)), meters);
    }

    static CircuitBreakerConfig circuitBreakerConfig(PspProperties properties) {
        PspProperties.CircuitBreaker cb = properties.circuitBreaker();
        return CircuitBreakerConfig.custom()
                .failureRateThreshold(cb.failureRateThreshold())
                .slidingWindowSize(cb.slidingWindowSize())
                .minimumNumberOfCalls(cb.minimumNumberOfCalls())
                .waitDurationInOpenState(cb.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(cb.permittedCallsInHalfOpenState())
                .slowCallDurationThreshold(cb.slowCallDurationThreshold())
                .slowCallRateThreshold(cb.slowCallRateThreshold())
                // only unavailability counts: a refusal (4xx) shows the PSP is up
                .recordExceptions(PaymentGateway.Unavailable.class)
                .build();
    }

    static RetryConfig retryConfig(PspProperties properties) {
        PspProperties.Retry r = properties.retry();
        return RetryConfig.custom()
                .maxAttempts(r.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(r.initialWait(), r.multiplier()))
                .retryExceptions(PaymentGateway.Unavailable.class)
                .build();
    }

    public CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }

    public Retry retry() {
        return retry;
    }

    @Override
    public String capture(String idempotencyKey, String authorization, BigDecimal amount, String currency) {
        return call("capture", "/v1/captures", idempotencyKey, body("authorization", authorization, amount, currency));
    }

    @Override
    public String refund(String idempotencyKey, String authorization, BigDecimal amount, String currency) {
        return call("refund", "/v1/refunds", idempotencyKey, body("authorization", authorization, amount, currency));
    }

    @Override
    public String release(String idempotencyKey, String authorization, BigDecimal amount, String currency) {
        return call("release", "/v1/releases", idempotencyKey, body("authorization", authorization, amount, currency));
    }

    @Override
    public String reauthorize(String idempotencyKey, String authorization, BigDecimal amount, String currency) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("amount", amount.toPlainString());
        body.put("currency", currency);
        return call("reauthorize", "/v1/authorizations/" + authorization + "/reauthorizations", idempotencyKey, body);
    }

    @Override
    public String submitEvidence(String idempotencyKey, String disputeId, String evidence) {
        return call("evidence", "/v1/disputes/" + disputeId + "/evidence", idempotencyKey, Map.of("evidence", evidence));
    }

    private static Map<String, String> body(String field, String value, BigDecimal amount, String currency) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put(field, value);
        body.put("amount", amount.toPlainString());
        body.put("currency", currency);
        return body;
    }

    private String call(String operation, String path, String idempotencyKey, Map<String, String> body) {
        Supplier<String> once = CircuitBreaker.decorateSupplier(circuitBreaker, () -> {
            try {
                return post(path, idempotencyKey, body);
            } catch (PaymentGateway.Refused refused) {
                error(operation, "declined");
                throw refused;
            } catch (PaymentGateway.Unavailable unavailable) {
                error(operation, timedOut(unavailable) ? "timeout" : "unavailable");
                throw unavailable;
            }
        });
        try {
            return Retry.decorateSupplier(retry, once).get();
        } catch (CallNotPermittedException open) {
            error(operation, "breaker_open");
            throw new PaymentGateway.Unavailable("PSP circuit breaker is open: " + path + " not tried", open);
        }
    }

    private void error(String operation, String kind) {
        errors(operation, kind).increment();
    }

    private Counter errors(String operation, String kind) {
        return Counter.builder("omnidom.psp.errors").description("PSP calls that failed, by operation and kind")
                .tags("operation", operation, "kind", kind).register(meters);
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException) return true;
        }
        return false;
    }

    /** The PSP's error code ({@code {"error":"..."}}), or null. */
    private static String code(String text) {
        try {
            JsonNode answer = JSON.readTree(text);
            return answer != null && answer.hasNonNull("error") ? answer.get("error").asString() : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private String post(String path, String idempotencyKey, Map<String, String> body) {
        try {
            return http.post().uri(path)
                    .header("Idempotency-Key", idempotencyKey)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(JSON.writeValueAsString(body))
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        String text = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
                        if (status >= 200 && status < 300) {
                            JsonNode answer = JSON.readTree(text);
                            if (answer == null || !answer.hasNonNull("id")) {
                                throw new PaymentGateway.Unavailable("PSP answered " + status + " without an id", null);
                            }
                            return answer.get("id").asString();
                        }
                        if (status >= 400 && status < 500) {
                            throw new PaymentGateway.Refused("PSP refused " + path + " (" + status + "): " + text, code(text));
                        }
                        throw new PaymentGateway.Unavailable("PSP answered " + status + " to " + path, null);
                    });
        } catch (ResourceAccessException e) {
            throw new PaymentGateway.Unavailable("PSP not reachable for " + path + ": " + e.getMessage(), e);
        }
    }
}
