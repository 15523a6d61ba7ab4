package com.omnidom.platform.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * @param produces       topics this service publishes (names from {@code com.omnidom.events.Topics}); created at start-up
 * @param consumes       topics this service reads, in a consumer group named after the service; created if missing,
 *                       each with its dead-letter topic. The one declaration of its consumers: the platform derives
 *                       the Spring Cloud Stream bindings from it
 * @param broadcasts     topics every instance reads from the latest offset (local caches), outside any group
 * @param replicas       replication factor of created topics (1 locally, 3 in production)
 * @param retryBackoff   first back-off of a failing record; doubles up to {@code retryMaxBackoff}
 * @param retryMaxBackoff longest single back-off
 * @param retryFor       how long an unknown failure is retried before the record goes to the dead-letter topic
 *                       (an unreachable database, broker or service is retried without end)
 * @param parkedAlertAfter     a parked event older than this is flagged {@code overdue} in the ops view
 * @param parkedReplayInterval how often parked events that are due are replayed
 * @param parkedMaxBackoff     longest wait between two replays of a key's first parked event
 */
@ConfigurationProperties("omnidom.kafka")
public record KafkaTopicsProperties(
        @DefaultValue List<String> produces,
        @DefaultValue List<String> consumes,
        @DefaultValue List<String> broadcasts,
        @DefaultValue("1") short replicas,
        @DefaultValue("200ms") Duration retryBackoff,
        @DefaultValue("10s") Duration retryMaxBackoff,
        @DefaultValue("2m") Duration retryFor,
        @DefaultValue("10m") Duration parkedAlertAfter,
        @DefaultValue("1s") Duration parkedReplayInterval,
        @DefaultValue("1m") Duration parkedMaxBackoff) {
}
