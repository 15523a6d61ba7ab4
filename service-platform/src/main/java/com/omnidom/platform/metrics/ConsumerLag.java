package com.omnidom.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The consumer group's lag per topic ({@code omnidom_consumer_lag_records{group,topic}}): the topic's end offsets minus
 * the group's committed offsets (the earliest offset where it committed none: a group starts there), read by the admin
 * client on a schedule, not by the consumer itself, so it keeps growing when a consumer has stopped or hangs; the
 * alert on a growing lag relies on that. Every instance of a service reports its group's lag: aggregate with max.
 * NaN while the broker does not answer.
 */
public class ConsumerLag implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ConsumerLag.class);

    private final Supplier<Admin> admins;
    private final String group;
    private final List<String> topics;
    private final Duration every;
    private final Map<String, Double> lag = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;
    private Admin admin;

    public ConsumerLag(Supplier<Admin> admins, String group, List<String> topics, Duration every, MeterRegistry meters) {
        this.admins = admins;
        this.group = group;
        this.topics = List.copyOf(topics);
        this.every = every;
        for (String topic : this.topics) {
            lag.put(topic, Double.NaN);
            Gauge.builder("omnidom.consumer.lag", lag, l -> l.getOrDefault(topic, Double.NaN))
                    .description("Records on the topic not yet consumed by the service's consumer group")
                    .baseUnit("records").tags("group", group, "topic", topic).register(meters);
        }
    }

    /** Reads the lag of every topic now (the scheduler calls it; tests may too). */
    public void refresh() {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin().listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>(), earliest = new HashMap<>();
            admin().describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).forEach((name, description) ->
                    description.partitions().forEach(p -> {
                        TopicPartition partition = new TopicPartition(name, p.partition());
                        latest.put(partition, OffsetSpec.latest());
                        earliest.put(partition, OffsetSpec.earliest());
                    }));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                    admin().listOffsets(latest).all().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> starts =
                    admin().listOffsets(earliest).all().get(10, TimeUnit.SECONDS);
            Map<String, Double> now = new HashMap<>();
            topics.forEach(topic -> now.put(topic, 0.0));
            ends.forEach((partition, end) -> {
                OffsetAndMetadata position = committed.get(partition);
                long from = position != null ? position.offset() : starts.get(partition).offset();
                now.merge(partition.topic(), (double) Math.max(0, end.offset() - from), Double::sum);
            });
            lag.putAll(now);
        } catch (Exception unavailable) {
            if (unavailable instanceof InterruptedException) Thread.currentThread().interrupt();
            log.debug("consumer lag of {} not read: {}", group, unavailable.toString());
            topics.forEach(topic -> lag.put(topic, Double.NaN));
        }
    }

    private synchronized Admin admin() {
        if (admin == null) admin = admins.get();
        return admin;
    }

    @Override
    public synchronized void start() {
        if (topics.isEmpty()) return;
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "consumer-lag");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::refresh, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) scheduler.shutdownNow();
        scheduler = null;
        if (admin != null) admin.close(Duration.ofSeconds(2));
        admin = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
