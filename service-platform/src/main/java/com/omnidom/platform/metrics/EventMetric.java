package com.omnidom.platform.metrics;

import com.omnidom.events.ContractEvent;
import io.micrometer.core.instrument.Tags;

import java.util.List;
import java.util.function.Function;

/**
 * A business metric read off an event this service publishes: counted once the transaction that appended the event to
 * the outbox committed, so a rolled-back change counts nothing and the metric says what the event stream says.
 * Declare them as beans in the service that owns the fact (one place per fact); {@link EventMeters} does the rest.
 *
 * <ul>
 *   <li>{@link #count}: a counter, +1 per event ({@code <name>_total}).</li>
 *   <li>{@link #sum}: a counter, + an amount per event, e.g. money per currency ({@code <name>_total}).</li>
 *   <li>{@link #distribution}: a histogram of one value per event, e.g. shipments per order
 *       ({@code <name>_bucket}, {@code _sum}, {@code _count}), aggregatable across instances.</li>
 * </ul>
 * An event may yield several observations (e.g. one per line or per tender): {@code observe} returns them all.
 */
public record EventMetric<E extends ContractEvent>(Kind kind, String name, String description, String baseUnit,
                                                   Class<E> type, Function<E, List<Observation>> observe,
                                                   List<Tags> known) {

    public enum Kind { COUNT, SUM, DISTRIBUTION }

    /** One increment (or recorded value) with its tags. */
    public record Observation(Tags tags, double value) {
        public static Observation of(double value, String... tags) {
            return new Observation(Tags.of(tags), value);
        }
    }

    /** +1 per event, tagged by {@code tags} (key, value, key, value...). */
    public static <E extends ContractEvent> EventMetric<E> count(String name, String description, Class<E> type,
                                                                 Function<E, Tags> tags) {
        return new EventMetric<>(Kind.COUNT, name, description, null, type, e -> List.of(new Observation(tags.apply(e), 1)),
                List.of());
    }

    /** + the event's amounts (one observation each), e.g. captured money per currency. */
    public static <E extends ContractEvent> EventMetric<E> sum(String name, String description, String baseUnit,
                                                               Class<E> type, Function<E, List<Observation>> amounts) {
        return new EventMetric<>(Kind.SUM, name, description, baseUnit, type, amounts, List.of());
    }

    /** A histogram of the event's values, e.g. the cost or the shipments of a routed order. */
    public static <E extends ContractEvent> EventMetric<E> distribution(String name, String description, String baseUnit,
                                                                        Class<E> type, Function<E, List<Observation>> values) {
        return new EventMetric<>(Kind.DISTRIBUTION, name, description, baseUnit, type, values, List.of());
    }

    /**
     * The same metric, its series for these label values exported from the start at 0: a counter that appears only at
     * its first increment has no rate until its second, and a dashboard or alert sees no series at all before it.
     */
    public EventMetric<E> startingAtZero(List<Tags> labelValues) {
        return new EventMetric<>(kind, name, description, baseUnit, type, observe, List.copyOf(labelValues));
    }

    /** {@link #startingAtZero(List)} for one label and its values (an enum's names, a fixed set of codes). */
    public EventMetric<E> startingAtZero(String label, List<String> values) {
        return startingAtZero(values.stream().map(v -> Tags.of(label, v)).toList());
    }
}
