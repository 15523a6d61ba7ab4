package com.omnidom.platform.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param relayEnabled  whether this instance runs a relay (only one instance per service publishes at a time)
 * @param batchSize     rows published per round trip
 * @param pollInterval  longest wait between looks when no notification arrives (also the leader re-election period)
 * @param sendTimeout   how long to wait for the broker's ack before the batch is retried
 * @param retention     how long sent rows are kept for inspection before the retention job deletes them
 * @param stuckAfter    how long the oldest unsent event may wait while the leading relay acknowledges nothing before
 *                      the {@code outbox} health indicator reports DOWN
 * @param source        the CloudEvents {@code ce_source}; defaults to {@code /omnidom/<spring.application.name>}
 */
@ConfigurationProperties("omnidom.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean relayEnabled,
        @DefaultValue("500") int batchSize,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("30s") Duration sendTimeout,
        @DefaultValue("7d") Duration retention,
        String source,
        @DefaultValue("2m") Duration stuckAfter) {
}
