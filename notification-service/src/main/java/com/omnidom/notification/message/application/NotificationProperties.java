package com.omnidom.notification.message.application;

import com.omnidom.notification.message.domain.RetryPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

import java.time.Duration;

/**
 * @param from   the sender address of every e-mail
 * @param sender how the sender works through PENDING messages
 * @param smtp   resilience around each SMTP call
 * @param attachments how long the shipment's and the refund's e-mails wait for their invoice / credit note
 */
@ConfigurationProperties("omnidom.notification")
public record NotificationProperties(
        @DefaultValue("Omnidom <no-reply@omnidom.local>") String from,
        @DefaultValue Sender sender,
        @DefaultValue Smtp smtp,
        @DefaultValue Attachments attachments) {

    /**
     * @param interval    the fallback look for due messages (another instance's); a commit that records one, the next
     *                    retry and the breaker closing wake the sender
     * @param batchSize   messages sent per look at most, each in its own transaction
     * @param maxAttempts failed attempts after which a message is FAILED
     * @param firstRetry  wait after the first failed attempt, doubling per further attempt
     * @param maxRetry    longest wait between attempts
     */
    public record Sender(
            @DefaultValue("5s") Duration interval,
            @DefaultValue("50") int batchSize,
            @DefaultValue("8") int maxAttempts,
            @DefaultValue("10s") Duration firstRetry,
            @DefaultValue("30m") Duration maxRetry) {

        public RetryPolicy retryPolicy() {
            return new RetryPolicy(maxAttempts, firstRetry, maxRetry);
        }
    }

    /**
     * @param attempts         tries of one send within one attempt (Resilience4j retry)
     * @param retryWait        first wait between those tries, doubling
     * @param failureRate      percentage of failed attempts that opens the circuit breaker
     * @param minimumCalls     attempts seen before the failure rate counts
     * @param openFor          how long an open breaker refuses calls before it lets one through to probe
     */
    public record Smtp(
            @DefaultValue("3") int attempts,
            @DefaultValue("500ms") Duration retryWait,
            @DefaultValue("50") float failureRate,
            @DefaultValue("3") int minimumCalls,
            @DefaultValue("30s") Duration openFor) {
    }

    /**
     * @param waitFor (key {@code wait}: a record cannot name a component {@code wait}) how long a shipment's e-mail waits for the shipment's invoice and a refund's for the return's
     *             credit note; it goes without once this passed (0: never waits, attaches only a document already
     *             there)
     */
    public record Attachments(@Name("wait") @DefaultValue("10m") Duration waitFor) {
    }
}
