package com.omnidom.payment.payments.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How PSP intents left pending are finished.
 *
 * @param grace            how long an intent belongs to the consumer that recorded it before the recovery job takes
 *                         it (longer than one PSP call: connect + read timeout)
 * @param recoveryInterval how often the recovery job looks for due intents
 * @param maxBackoff       longest wait between two tries of an intent the PSP keeps failing (grace × 2^attempts up to this)
 * @param batchSize        intents one instance takes per run
 */
@ConfigurationProperties("omnidom.payment.intents")
public record PspIntentProperties(
        @DefaultValue("10s") Duration grace,
        @DefaultValue("30s") Duration recoveryInterval,
        @DefaultValue("5m") Duration maxBackoff,
        @DefaultValue("50") int batchSize) {
}
