package com.omnidom.notification.message.application;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/** SMTP behind Resilience4j, and the templates. Metrics: {@code resilience4j_circuitbreaker_*}, {@code resilience4j_retry_*}. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    MailTemplates mailTemplates() {
        return new MailTemplates();
    }

    @Bean
    SmtpMailer smtpMailer(JavaMailSender sender, NotificationProperties properties, MeterRegistry meters) {
        NotificationProperties.Smtp smtp = properties.smtp();
        // only failures of the server or the connection count; a malformed address is the message's fault
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowSize(Math.max(10, smtp.minimumCalls()))
                .minimumNumberOfCalls(smtp.minimumCalls())
                .failureRateThreshold(smtp.failureRate())
                .waitDurationInOpenState(smtp.openFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordExceptions(MailSendException.class, MailAuthenticationException.class)
                .build());
        RetryRegistry retries = RetryRegistry.of(RetryConfig.custom()
                .maxAttempts(smtp.attempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(smtp.retryWait(), 2.0))
                .retryExceptions(MailSendException.class)
                .build());
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
        return new SmtpMailer(sender, retries.retry("smtp"), breakers.circuitBreaker("smtp"));
    }
}
