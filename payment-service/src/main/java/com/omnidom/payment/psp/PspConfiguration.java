package com.omnidom.payment.psp;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The PSP client, its circuit breaker and retry published as Micrometer metrics ({@code resilience4j_circuitbreaker_*}, {@code resilience4j_retry_*}). */
@Configuration(proxyBeanMethods = false)
class PspConfiguration {

    @Bean
    PspClient pspClient(PspProperties properties, MeterRegistry meters) {
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(PspClient.circuitBreakerConfig(properties));
        RetryRegistry retries = RetryRegistry.of(PspClient.retryConfig(properties));
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
        return new PspClient(properties, breakers.circuitBreaker("psp"), retries.retry("psp"), meters);
    }
}
