package com.omnidom.platform.kafka;

import com.omnidom.events.TopicSpec;
import com.omnidom.events.Topics;
import com.omnidom.platform.PlatformAutoConfiguration;
import com.omnidom.platform.PlatformSchema;
import com.omnidom.platform.consumer.ConsumerBindings;
import com.omnidom.platform.consumer.StoredRecord;
import com.omnidom.platform.deadletter.DeadLetters;
import com.omnidom.platform.events.PermanentEventFailure;
import com.omnidom.platform.events.PrerequisiteMissing;
import com.omnidom.platform.parking.ParkedEvents;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.messaging.MessagingException;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import javax.sql.DataSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Declares the service's topics at start-up and gives every listener the platform's error handler (see
 * {@link Failures}): an unreachable database, broker or service is retried with back-off without end; a
 * {@link PrerequisiteMissing} parks the record ({@link ParkedEvents}); a permanent failure (unreadable record,
 * {@link PermanentEventFailure}) is a dead letter at once, anything else after {@code omnidom.kafka.retry-for}. A dead
 * letter is a row of {@code dead_letter} and a record on {@code <topic>.DLT} ({@link DeadLetters}).
 */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, PlatformAutoConfiguration.class})
@EnableConfigurationProperties(KafkaTopicsProperties.class)
public class KafkaPlatformAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KafkaPlatformAutoConfiguration.class);

    @Bean
    KafkaAdmin.NewTopics omnidomTopics(KafkaTopicsProperties properties) {
        Map<String, TopicSpec> specs = new LinkedHashMap<>();
        properties.produces().forEach(name -> specs.put(name, Topics.byName(name)));
        Stream.concat(properties.consumes().stream(), properties.broadcasts().stream()).forEach(name -> {
            TopicSpec topic = Topics.byName(name);
            specs.putIfAbsent(name, topic);
            specs.put(topic.deadLetter().name(), topic.deadLetter());
        });
        return new KafkaAdmin.NewTopics(specs.values().stream()
                .map(spec -> toNewTopic(spec, properties.replicas())).toArray(NewTopic[]::new));
    }

    static NewTopic toNewTopic(TopicSpec spec, short replicas) {
        TopicBuilder builder = TopicBuilder.name(spec.name()).partitions(spec.partitions()).replicas(replicas);
        if (spec.compacted()) {
            builder.compact();
        } else if (spec.retention() != null) {
            builder.config(TopicConfig.RETENTION_MS_CONFIG, Long.toString(spec.retention().toMillis()));
        }
        return builder.build();
    }

    /** Dead letters: a row in this service's {@code dead_letter} table, and the record on {@code <topic>.DLT}. */
    @Bean
    DeadLetters deadLetters(PlatformSchema schema, DataSource dataSource, KafkaTemplate<?, ?> template,
                            KafkaTopicsProperties properties, MeterRegistry meters,
                            @Value("${spring.application.name:omnidom}") String applicationName) {
        var topic = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(record.topic() + ".DLT", record.partition()));
        var deadLetters = new DeadLetters(JdbcClient.create(dataSource), topic, applicationName, meters);
        deadLetters.registerGauges(properties.consumes());
        return deadLetters;
    }

    @Bean(ConsumerBindings.ERROR_HANDLER)
    CommonErrorHandler kafkaErrorHandler(DeadLetters deadLetters, ObjectProvider<ParkedEvents> parking,
                                         KafkaTopicsProperties properties,
                                         @Value("${spring.application.name:omnidom}") String applicationName) {
        var backOff = new ExponentialBackOff(properties.retryBackoff().toMillis(), 2.0);
        backOff.setMaxInterval(properties.retryMaxBackoff().toMillis());
        backOff.setMaxElapsedTime(properties.retryFor().toMillis());
        var recoverer = new Recoverer(deadLetters, parking, properties, applicationName);
        var handler = new HandlerExceptionErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(PermanentEventFailure.class, IllegalArgumentException.class);
        handler.setBackOffFunction((record, exception) -> switch (Failures.of(exception)) {
            // an unreachable database, broker or service is waited for, however long: never a dead letter
            case INFRASTRUCTURE -> endless(properties);
            // the group parks the record at once and goes on; a broadcast consumer (no parking lot) waits in place
            case PREREQUISITE -> recoverer.parks(record) ? new FixedBackOff(0, 0) : endless(properties);
            default -> null;
        });
        // the handler itself logs only "Record in retry": say why, or a failing listener retries silently
        handler.setRetryListeners(new RetryListener() {
            @Override
            public void failedDelivery(ConsumerRecord<?, ?> record, Exception exception, int attempt) {
                String at = record.topic() + "-" + record.partition() + "@" + record.offset();
                switch (Failures.of(exception)) {
                    case PREREQUISITE -> {
                        if (attempt == 1 && !recoverer.parks(record)) {
                            log.info("{} waits for its prerequisite: {}", at, rootCause(exception).getMessage());
                        }
                    }
                    case INFRASTRUCTURE -> {
                        // every attempt at first, then about every five minutes (at the longest back-off)
                        if (attempt <= 3 || Integer.bitCount(attempt) == 1 || attempt % 30 == 0) {
                            log.warn("{} waits for the infrastructure (attempt {}): {}", at, attempt,
                                    rootCause(exception).toString());
                        }
                    }
                    default -> log.warn("{} failed (attempt {}), will retry or dead-letter", at, attempt, exception);
                }
            }

            @Override
            public void recoveryFailed(ConsumerRecord<?, ?> record, Exception original, Exception failure) {
                log.warn("{}-{}@{} could not be parked or dead-lettered, retried: {}", record.topic(),
                        record.partition(), record.offset(), failure.toString());
            }
        });
        return handler;
    }

    /**
     * Where a record the consumer gives up on goes: parked when it waits for a prerequisite (and the consumer is the
     * service's group), otherwise a dead letter. A failing write throws, so the record is delivered and tried again,
     * never skipped; the pause before that keeps an unreachable database from being hammered.
     */
    static final class Recoverer implements ConsumerRecordRecoverer {

        private final DeadLetters deadLetters;
        private final ObjectProvider<ParkedEvents> parking;
        private final KafkaTopicsProperties properties;
        private final String group;
        private final AtomicInteger failures = new AtomicInteger();

        Recoverer(DeadLetters deadLetters, ObjectProvider<ParkedEvents> parking, KafkaTopicsProperties properties,
                  String group) {
            this.deadLetters = deadLetters;
            this.parking = parking;
            this.properties = properties;
            this.group = group;
        }

        /** Whether the record came to the service's group (which has a parking lot), not to a broadcast consumer. */
        boolean parks(ConsumerRecord<?, ?> record) {
            String consumerGroup = KafkaUtils.getConsumerGroupId();
            if (consumerGroup != null) return consumerGroup.equals(group);
            return properties.consumes().contains(record.topic()) && !properties.broadcasts().contains(record.topic());
        }

        @Override
        public void accept(ConsumerRecord<?, ?> record, Exception exception) {
            try {
                if (Failures.of(exception) == Failures.PREREQUISITE && parks(record)) {
                    parking.getObject().park(StoredRecord.of(record), rootCause(exception).getMessage());
                } else {
                    deadLetters.write(record, exception);
                }
                failures.set(0);
            } catch (RuntimeException failed) {
                pause();
                throw failed;
            }
        }

        private void pause() {
            long millis = Math.min(properties.retryBackoff().toMillis() << Math.min(failures.getAndIncrement(), 20),
                    properties.retryMaxBackoff().toMillis());
            try {
                Thread.sleep(millis);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Decides on the handler's own exception, not on the container's and the binder's wrappers around it: the retry
     * state of a record is kept while its root cause stays of one class, and spring-kafka unwraps only the container's
     * layer — so a record that first waited for a prerequisite and then failed for good would wait for ever.
     * The dead letter's exception headers name the handler's exception too.
     */
    static final class HandlerExceptionErrorHandler extends DefaultErrorHandler {

        HandlerExceptionErrorHandler(ConsumerRecordRecoverer recoverer, ExponentialBackOff backOff) {
            super(recoverer, backOff);
        }

        @Override
        public boolean handleOne(Exception thrown, ConsumerRecord<?, ?> record, Consumer<?, ?> consumer,
                                 MessageListenerContainer container) {
            return super.handleOne(unwrapped(thrown), record, consumer, container);
        }

        @Override
        public void handleRemaining(Exception thrown, List<ConsumerRecord<?, ?>> records, Consumer<?, ?> consumer,
                                    MessageListenerContainer container) {
            super.handleRemaining(unwrapped(thrown), records, consumer, container);
        }
    }

    static Exception unwrapped(Exception exception) {
        Throwable t = exception;
        while ((t instanceof ListenerExecutionFailedException || t instanceof MessagingException)
                && t.getCause() instanceof Exception cause) {
            t = cause;
        }
        return (Exception) t;
    }

    private static Throwable rootCause(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root;
    }

    private static ExponentialBackOff endless(KafkaTopicsProperties properties) {
        var backOff = new ExponentialBackOff(properties.retryBackoff().toMillis(), 2.0);
        backOff.setMaxInterval(properties.retryMaxBackoff().toMillis());
        return backOff;
    }
}
