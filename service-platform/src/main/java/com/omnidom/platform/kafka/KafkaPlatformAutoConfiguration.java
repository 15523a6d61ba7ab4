package com.omnidom.platform.kafka;

import com.omnidom.events.TopicSpec;
import com.omnidom.events.Topics;
import com.omnidom.platform.consumer.ConsumerBindings;
import com.omnidom.platform.events.PermanentEventFailure;
import com.omnidom.platform.events.PrerequisiteMissing;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.messaging.MessagingException;
import org.springframework.util.backoff.ExponentialBackOff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Declares the service's topics at start-up and makes every listener retry transient failures with
 * back-off (endlessly while a {@link PrerequisiteMissing}) and send permanent ones (unreadable records, {@link PermanentEventFailure}) to
 * {@code <topic>.DLT}, same partition, with the exception in the headers, then go on with the next record.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
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

    @Bean(ConsumerBindings.ERROR_HANDLER)
    CommonErrorHandler kafkaErrorHandler(KafkaTemplate<?, ?> template, KafkaTopicsProperties properties) {
        var recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(record.topic() + ".DLT", record.partition()));
        var backOff = new ExponentialBackOff(properties.retryBackoff().toMillis(), 2.0);
        backOff.setMaxInterval(properties.retryMaxBackoff().toMillis());
        backOff.setMaxElapsedTime(properties.retryFor().toMillis());
        var handler = new HandlerExceptionErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(PermanentEventFailure.class, IllegalArgumentException.class);
        // a missing prerequisite is waited for, however long: the same back-off, without an end
        handler.setBackOffFunction((record, exception) -> waitingForPrerequisite(exception) ? endless(properties) : null);
        // the handler itself logs only "Record in retry": say why, or a failing listener retries silently
        handler.setRetryListeners((record, exception, attempt) -> {
            if (waitingForPrerequisite(exception)) {
                if (attempt == 1) log.info("{}-{}@{} waits for its prerequisite: {}", record.topic(), record.partition(),
                        record.offset(), rootCause(exception).getMessage());
            } else {
                log.warn("{}-{}@{} failed (attempt {}), will retry or dead-letter", record.topic(), record.partition(),
                        record.offset(), attempt, exception);
            }
        });
        return handler;
    }

    /**
     * Decides on the handler's own exception, not on the container's and the binder's wrappers around it: the retry
     * state of a record is kept while its root cause stays of one class, and spring-kafka unwraps only the container's
     * layer — so a record that first waited for a prerequisite and then failed for good would wait for ever.
     * The dead letter's exception headers name the handler's exception too.
     */
    static final class HandlerExceptionErrorHandler extends DefaultErrorHandler {

        HandlerExceptionErrorHandler(DeadLetterPublishingRecoverer recoverer, ExponentialBackOff backOff) {
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

    private static boolean waitingForPrerequisite(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof PrerequisiteMissing) return true;
        }
        return false;
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
