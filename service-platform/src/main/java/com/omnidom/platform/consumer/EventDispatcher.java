package com.omnidom.platform.consumer;

import com.omnidom.events.CloudEventHeaders;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.EventType;
import com.omnidom.events.TopicSpec;
import com.omnidom.platform.consumer.Subscriptions.Delivery;
import com.omnidom.platform.consumer.Subscriptions.Subscription;
import com.omnidom.platform.events.EventCodec;
import com.omnidom.platform.events.PermanentEventFailure;
import com.omnidom.platform.events.PrerequisiteMissing;
import com.omnidom.platform.inbox.Inbox;
import com.omnidom.platform.kafka.Failures;
import com.omnidom.platform.tracing.OrderTraces;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.ReceiverContext;
import org.slf4j.MDC;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The edge of every consumer: reads the record's {@code ce_type}, skips types no feature subscribed to, decodes the
 * body once, and applies the subscribed handlers — those of delivery {@code ONCE} in one transaction with the inbox
 * row of the event, so a redelivered event changes nothing. Anything unreadable is a {@link PermanentEventFailure}.
 * <p>
 * Each record is handled inside an observation {@value #OBSERVATION}: a timer per topic, type and outcome, and a
 * consumer span that continues the trace of the record's {@code traceparent} header, so the events a handler appends
 * to the outbox carry the same trace on. While it runs, the log's MDC names the event (docs/logs-and-traces.md).
 */
public class EventDispatcher {

    /** The observation (timer and span) of one consumed record. */
    public static final String OBSERVATION = "omnidom.events.handled";
    /** MDC keys while a record is handled. */
    public static final String MDC_EVENT_TYPE = "event.type", MDC_EVENT_ID = "event.id",
            MDC_EVENT_SUBJECT = "event.subject", MDC_ORDER_ID = "order.id";

    private final EventCodec codec;
    private final Inbox inbox;
    private final String consumer;
    private final ParkedKeys parked;
    private final List<ConsumerBindings.Binding> bindings;
    private final Map<EventType, List<Subscription>> shared = new HashMap<>();
    private final Map<EventType, List<Subscription>> broadcast = new HashMap<>();
    private final ObservationRegistry observations;
    private final OrderTraces orderTraces;

    public EventDispatcher(EventCodec codec, Inbox inbox, String consumer, List<ConsumerBindings.Binding> bindings,
                           List<Subscription> subscriptions, ParkedKeys parked) {
        this(codec, inbox, consumer, bindings, subscriptions, parked, ObservationRegistry.NOOP, null);
    }

    /** {@code orderTraces}: where a consumed event's order trace is remembered (null: nowhere). */
    public EventDispatcher(EventCodec codec, Inbox inbox, String consumer, List<ConsumerBindings.Binding> bindings,
                           List<Subscription> subscriptions, ParkedKeys parked, ObservationRegistry observations,
                           OrderTraces orderTraces) {
        this.observations = observations;
        this.orderTraces = orderTraces;
        this.codec = codec;
        this.inbox = inbox;
        this.consumer = consumer;
        this.parked = parked;
        for (Subscription s : subscriptions) {
            (s.delivery() == Delivery.BROADCAST ? broadcast : shared)
                    .computeIfAbsent(s.type(), t -> new ArrayList<>()).add(s);
        }
        this.bindings = List.copyOf(bindings);
        check(bindings, subscriptions);
    }

    /** The declaration in YAML and the subscriptions in code must agree, or the service does not start. */
    private void check(List<ConsumerBindings.Binding> bindings, List<Subscription> subscriptions) {
        Set<TopicSpec> consumed = new HashSet<>();
        Set<TopicSpec> broadcasts = new HashSet<>();
        bindings.forEach(b -> (b.broadcast() ? broadcasts : consumed).add(b.topic()));
        List<String> problems = new ArrayList<>();
        for (Subscription s : subscriptions) {
            boolean isBroadcast = s.delivery() == Delivery.BROADCAST;
            if (!(isBroadcast ? broadcasts : consumed).contains(s.type().topic())) {
                problems.add(s.owner() + " subscribes to " + s.type().recordType().getSimpleName() + " of "
                        + s.type().topic().name() + ", which omnidom.kafka." + (isBroadcast ? "broadcasts" : "consumes")
                        + " does not list");
            }
        }
        for (ConsumerBindings.Binding b : bindings) {
            var subscribed = b.broadcast() ? broadcast : shared;
            if (subscribed.keySet().stream().noneMatch(t -> t.topic().equals(b.topic()))) {
                problems.add("omnidom.kafka." + (b.broadcast() ? "broadcasts" : "consumes") + " lists " + b.topic().name()
                        + " but no EventHandlers bean subscribes to any of its events");
            }
        }
        if (!problems.isEmpty()) throw new IllegalStateException("consumers misconfigured: " + String.join("; ", problems));
    }

    /**
     * A record as it arrives from the group's binding: while its key has parked events of the same topic, it is
     * parked behind them (per-key order); otherwise it is applied, and parked events of its key on other topics
     * (which usually waited for just this one) are replayed.
     */
    public void consume(ConsumerBindings.Binding binding, Message<?> message) {
        observed(binding, message, () -> consumeNow(binding, message));
    }

    private void consumeNow(ConsumerBindings.Binding binding, Message<?> message) {
        if (binding.broadcast()) {
            dispatchNow(binding, message);
            return;
        }
        String key = key(message);
        Set<String> waiting = parked.topicsWaiting(key);
        if (waiting.contains(binding.topic().name())) {
            throw new ParkedBehind("key " + key + " has parked events on " + binding.topic().name());
        }
        dispatchNow(binding, message);
        if (!waiting.isEmpty()) parked.replaySoon(key);
    }

    /** Thrown for a record whose key has parked events before it: it is parked behind them. */
    public static final class ParkedBehind extends PrerequisiteMissing {

        public ParkedBehind(String message) {
            super(message);
        }
    }

    /** The record key, as the binder hands it over. */
    public static String key(Message<?> message) {
        Object key = message.getHeaders().get(KafkaHeaders.RECEIVED_KEY);
        if (key instanceof byte[] bytes) return new String(bytes, StandardCharsets.UTF_8);
        return key == null ? null : key.toString();
    }

    /** The binding of this service's group for a topic, if it consumes it. */
    public Optional<ConsumerBindings.Binding> bindingOf(String topic) {
        return bindings.stream().filter(b -> !b.broadcast() && b.topic().name().equals(topic)).findFirst();
    }

    /** Applies one record of a binding to the handlers that subscribed to its type (a replay or a redrive). */
    public void dispatch(ConsumerBindings.Binding binding, Message<?> message) {
        observed(binding, message, () -> dispatchNow(binding, message));
    }

    /**
     * Runs the handling of one record in its observation: a child span of the record's trace context, if it has one,
     * timed with the outcome the platform gives the record when the handling throws (see {@link Failures}).
     */
    private void observed(ConsumerBindings.Binding binding, Message<?> message, Runnable handling) {
        var context = new ReceiverContext<Message<?>>(EventDispatcher::header, Kind.CONSUMER);
        context.setCarrier(message);
        context.setRemoteServiceName("kafka");
        String type = header(message, CloudEventHeaders.TYPE);
        Observation observation = Observation.createNotStarted(OBSERVATION, () -> context, observations)
                .contextualName(binding.topic().name() + " process")
                .lowCardinalityKeyValue("topic", binding.topic().name())
                .lowCardinalityKeyValue("type", typeTag(type))
                .start();
        String outcome = "success";
        try (var scope = observation.openScope();
             var keyInLog = LogField.put(MDC_EVENT_SUBJECT, key(message));
             var idInLog = LogField.put(MDC_EVENT_ID, header(message, CloudEventHeaders.ID));
             var typeInLog = LogField.put(MDC_EVENT_TYPE, type)) {
            handling.run();
        } catch (RuntimeException | Error e) {
            outcome = outcome(binding, e);
            observation.error(e);
            throw e;
        } finally {
            observation.lowCardinalityKeyValue(KeyValue.of("outcome", outcome)).stop();
        }
    }

    /** The type as a metric tag: a known event type, else {@code unknown} (a record's header is no bounded set). */
    private static String typeTag(String type) {
        if (type == null) return "none";
        try {
            return EventType.of(type).type();
        } catch (IllegalArgumentException unknown) {
            return "unknown";
        }
    }

    /** What becomes of a record whose handling threw: the metric's outcome. */
    private static String outcome(ConsumerBindings.Binding binding, Throwable failure) {
        return switch (Failures.of(failure)) {
            // a broadcast consumer has no parking lot: it waits in place, retrying
            case PREREQUISITE -> binding.broadcast() ? "failed" : "parked";
            case PERMANENT -> "dead_lettered";
            // retried (the infrastructure without end, anything else until omnidom.kafka.retry-for, then dead letter)
            case INFRASTRUCTURE, UNKNOWN -> "failed";
        };
    }

    private void dispatchNow(ConsumerBindings.Binding binding, Message<?> message) {
        Object payload = message.getPayload();
        // a tombstone on a compacted topic: producers here never delete, so there is nothing to apply
        if (payload == null || payload instanceof KafkaNull) return;
        String type = header(message, CloudEventHeaders.TYPE);
        if (type == null) throw new PermanentEventFailure("record on " + binding.topic().name() + " has no ce_type header");
        EventType eventType;
        try {
            eventType = EventType.of(type);
        } catch (IllegalArgumentException unknown) {
            throw new PermanentEventFailure(unknown.getMessage(), unknown);
        }
        List<Subscription> handlers = (binding.broadcast() ? broadcast : shared).get(eventType);
        if (handlers == null) return; // not this service's business
        ContractEvent event = codec.read(body(payload), eventType.recordType());
        if (orderTraces != null) orderTraces.consumed(event);
        try (var orderInLog = LogField.put(MDC_ORDER_ID, OrderTraces.orderId(event))) {
            apply(binding, eventType, event, handlers);
        }
    }

    private void apply(ConsumerBindings.Binding binding, EventType eventType, ContractEvent event,
                       List<Subscription> handlers) {
        if (handlers.stream().anyMatch(h -> h.delivery() == Delivery.ONCE)) {
            if (event.eventId() == null) {
                throw new PermanentEventFailure(eventType.recordType().getSimpleName() + " without eventId on "
                        + binding.topic().name());
            }
            inbox.process(consumer, event.eventId(), () -> handlers.forEach(h -> h.handler().accept(event)));
        } else {
            handlers.forEach(h -> h.handler().accept(event));
        }
    }

    /** A field of the log's MDC while a record is handled; none for a null value (no {@code "key": null} lines). */
    private record LogField(String key) implements AutoCloseable {

        static LogField put(String key, String value) {
            if (value == null) return new LogField(null);
            MDC.put(key, value);
            return new LogField(key);
        }

        @Override
        public void close() {
            if (key != null) MDC.remove(key);
        }
    }

    private static byte[] body(Object payload) {
        if (payload instanceof byte[] bytes) return bytes;
        if (payload instanceof String text) return text.getBytes(StandardCharsets.UTF_8);
        throw new PermanentEventFailure("unexpected record body of type " + payload.getClass().getName());
    }

    /**
     * A CloudEvents header: as written ({@code ce_type}), or as Spring Cloud Function hands binary-mode events to a
     * function, in its canonical {@code ce-} form.
     */
    static String header(Message<?> message, String name) {
        Object value = message.getHeaders().get(name);
        if (value == null && name.startsWith("ce_")) value = message.getHeaders().get("ce-" + name.substring(3));
        if (value instanceof byte[] bytes) return new String(bytes, StandardCharsets.UTF_8);
        return value == null ? null : value.toString();
    }
}
