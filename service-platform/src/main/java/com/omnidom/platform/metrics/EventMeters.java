package com.omnidom.platform.metrics;

import com.omnidom.events.ContractEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Applies the service's {@link EventMetric}s to each event the outbox records, after the transaction commits.
 * A metric that fails to read its event is logged and skipped: metrics never fail a business transaction.
 */
public class EventMeters {

    private static final Logger log = LoggerFactory.getLogger(EventMeters.class);

    private final MeterRegistry registry;
    private final Map<Class<?>, List<EventMetric<?>>> byType;

    public EventMeters(MeterRegistry registry, List<EventMetric<?>> metrics) {
        this.registry = registry;
        this.byType = metrics.stream().collect(Collectors.groupingBy(EventMetric::type));
        for (EventMetric<?> metric : metrics) {
            for (Tags tags : metric.known()) register(metric, tags);
        }
    }

    /** Records the event's metrics once the current transaction commits (at once when there is none). */
    public void observe(ContractEvent event) {
        List<EventMetric<?>> metrics = byType.getOrDefault(event.getClass(), List.of());
        if (metrics.isEmpty()) return;
        afterCommit(() -> record(metrics, event));
    }

    /**
     * Runs {@code record} once the current transaction committed (at once without one): for a service's own meters of
     * facts no event states, so they too count nothing that rolled back.
     */
    public static void afterCommit(Runnable record) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            record.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                record.run();
            }
        });
    }

    private void record(List<EventMetric<?>> metrics, ContractEvent event) {
        for (EventMetric<?> metric : metrics) {
            try {
                recordOne(metric, event);
            } catch (RuntimeException e) {
                log.warn("metric {} could not read {}: {}", metric.name(), event.getClass().getSimpleName(), e.toString());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <E extends ContractEvent> void recordOne(EventMetric<E> metric, ContractEvent event) {
        for (EventMetric.Observation observation : new ArrayList<>(metric.observe().apply((E) event))) {
            switch (register(metric, observation.tags())) {
                case Counter counter -> counter.increment(observation.value());
                case DistributionSummary summary -> summary.record(observation.value());
                default -> throw new IllegalStateException("not a meter of an EventMetric: " + metric.name());
            }
        }
    }

    private Meter register(EventMetric<?> metric, Tags tags) {
        return switch (metric.kind()) {
            case COUNT, SUM -> Counter.builder(metric.name()).description(metric.description())
                    .baseUnit(metric.baseUnit()).tags(tags).register(registry);
            case DISTRIBUTION -> DistributionSummary.builder(metric.name()).description(metric.description())
                    .baseUnit(metric.baseUnit()).tags(tags).publishPercentileHistogram().register(registry);
        };
    }
}
