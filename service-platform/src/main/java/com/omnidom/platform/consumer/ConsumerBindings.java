package com.omnidom.platform.consumer;

import com.omnidom.events.TopicSpec;
import com.omnidom.events.Topics;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Derives the Spring Cloud Stream configuration of a service's consumers from the one place that lists them,
 * {@code omnidom.kafka.consumes} (a group per service, named {@code spring.application.name}) and
 * {@code omnidom.kafka.broadcasts} (every instance, from the latest offset): a function per topic, its binding,
 * destination and group, and the platform's error handler instead of the binder's own retries; and the poll settings
 * sized for the service's slowest handler ({@link PollSettings}).
 * Added at the lowest precedence, so a service may still tune a binding (e.g. its concurrency) in its YAML.
 */
public class ConsumerBindings implements EnvironmentPostProcessor {

    /** The platform's {@code CommonErrorHandler} bean: back-off, parked events, dead letters. */
    public static final String ERROR_HANDLER = "kafkaErrorHandler";

    /**
     * Kafka consumer settings sized so a poll's records are handled well within {@code max.poll.interval.ms}, or the
     * broker would take the partitions away mid-batch and hand them to another instance (which redoes the batch).
     * A poll costs at most {@code max.poll.records} × the slowest handler plus one failure's back-off (a failure ends
     * the batch: the error handler seeks the rest and backs off before the next poll); that must stay under half the
     * interval. Heartbeats come from the client's own thread, so the session timeout only bounds how long a dead
     * instance keeps its partitions.
     */
    public record PollSettings(int maxPollRecords, Duration maxPollInterval, Duration sessionTimeout,
                               Duration heartbeatInterval) {

        static final Duration MAX_POLL_INTERVAL = Duration.ofMinutes(5);
        static final Duration SESSION_TIMEOUT = Duration.ofSeconds(30);

        public static PollSettings sizedFor(Duration slowestHandler, Duration maxBackOff) {
            long budget = MAX_POLL_INTERVAL.dividedBy(2).minus(maxBackOff).toMillis();
            long records = Math.clamp(budget / Math.max(1, slowestHandler.toMillis()), 1, 500);
            return new PollSettings((int) records, MAX_POLL_INTERVAL, SESSION_TIMEOUT, SESSION_TIMEOUT.dividedBy(10));
        }

        public static PollSettings of(Environment environment) {
            Binder binder = Binder.get(environment);
            return sizedFor(binder.bind("omnidom.kafka.slowest-handler", Duration.class).orElse(Duration.ofSeconds(5)),
                    binder.bind("omnidom.kafka.retry-max-backoff", Duration.class).orElse(Duration.ofSeconds(10)));
        }
    }

    /** One consumer: a function bean and its input binding. */
    public record Binding(String function, TopicSpec topic, boolean broadcast) {

        public String inputBinding() {
            return function + "-in-0";
        }
    }

    /** The consumers a service declares, in the order listed. */
    public static List<Binding> of(Environment environment) {
        Binder binder = Binder.get(environment);
        List<Binding> bindings = new ArrayList<>();
        for (String topic : binder.bind("omnidom.kafka.consumes", Bindable.listOf(String.class)).orElse(List.of())) {
            bindings.add(new Binding(functionName(topic), Topics.byName(topic), false));
        }
        for (String topic : binder.bind("omnidom.kafka.broadcasts", Bindable.listOf(String.class)).orElse(List.of())) {
            bindings.add(new Binding(functionName(topic) + "Broadcast", Topics.byName(topic), true));
        }
        return bindings;
    }

    /** {@code fulfillment.events.v1} → {@code fulfillmentEventsV1}: a bean and binding name without dots. */
    static String functionName(String topic) {
        String[] parts = topic.split("[.\\-_]");
        StringBuilder name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].isEmpty()) continue;
            name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return name.toString();
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<Binding> bindings = of(environment);
        String group = environment.getProperty("spring.application.name", "omnidom");
        Map<String, Object> properties = new LinkedHashMap<>();
        // only the functions named here are bound: a Supplier or Function bean elsewhere must never become a binding
        properties.put("spring.cloud.stream.function.autodetect", "false");
        properties.put("spring.cloud.function.definition",
                bindings.stream().map(Binding::function).collect(Collectors.joining(";")));
        // topics are created by the platform from the registry (partitions, compaction, retention), never by the binder
        properties.put("spring.cloud.stream.kafka.binder.auto-create-topics", "false");
        // binder-wide, so a service overrides a value here or per binding (…bindings.<binding>.consumer.configuration)
        PollSettings poll = PollSettings.of(environment);
        String consumerConfig = "spring.cloud.stream.kafka.binder.consumer-properties.";
        properties.put(consumerConfig + "max.poll.records", Integer.toString(poll.maxPollRecords()));
        properties.put(consumerConfig + "max.poll.interval.ms", Long.toString(poll.maxPollInterval().toMillis()));
        properties.put(consumerConfig + "session.timeout.ms", Long.toString(poll.sessionTimeout().toMillis()));
        properties.put(consumerConfig + "heartbeat.interval.ms", Long.toString(poll.heartbeatInterval().toMillis()));
        for (Binding binding : bindings) {
            String core = "spring.cloud.stream.bindings." + binding.inputBinding() + ".";
            String kafka = "spring.cloud.stream.kafka.bindings." + binding.inputBinding() + ".consumer.";
            properties.put(core + "destination", binding.topic().name());
            if (!binding.broadcast()) properties.put(core + "group", group);
            // retries and dead letters belong to the container's error handler, which sees the raw record
            properties.put(core + "consumer.max-attempts", "1");
            properties.put(kafka + "common-error-handler-bean-name", ERROR_HANDLER);
            if (binding.broadcast()) properties.put(kafka + "start-offset", "latest");
        }
        environment.getPropertySources().addLast(new MapPropertySource("omnidomConsumerBindings", properties));
    }
}
