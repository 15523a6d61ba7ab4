package com.omnidom.inventory.allocation.application;

import com.omnidom.events.inventory.StockAllocated;
import com.omnidom.events.inventory.StockAllocationFailed;
import com.omnidom.platform.metrics.EventMetric;
import io.micrometer.core.instrument.Tags;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;
import java.util.List;
import java.util.stream.Stream;

/** inventory-service's business metrics, read off the allocation events it publishes ({@code docs/metrics.md}). */
@Configuration(proxyBeanMethods = false)
public class InventoryMetrics {

    /** The failure reasons inventory publishes; any other is {@code other}, so the label stays bounded. */
    static final Set<String> FAILURE_REASONS = Set.of(AllocationEvents.INSUFFICIENT_STOCK);

    @Bean
    EventMetric<StockAllocated> allocationsAllocated() {
        return EventMetric.count("omnidom.stock.allocations", "Fulfilment orders' stock allocations by outcome",
                StockAllocated.class, e -> Tags.of("outcome", "allocated")).startingAtZero("outcome", List.of("allocated"));
    }

    @Bean
    EventMetric<StockAllocationFailed> allocationsFailed() {
        return EventMetric.count("omnidom.stock.allocations", "Fulfilment orders' stock allocations by outcome",
                StockAllocationFailed.class, e -> Tags.of("outcome", "failed")).startingAtZero("outcome", List.of("failed"));
    }

    @Bean
    EventMetric<StockAllocationFailed> allocationFailures() {
        return EventMetric.count("omnidom.stock.allocation.failures", "Failed stock allocations by reason",
                StockAllocationFailed.class,
                e -> Tags.of("reason", FAILURE_REASONS.contains(e.reason()) ? e.reason() : "other"))
                .startingAtZero("reason", Stream.concat(FAILURE_REASONS.stream(), Stream.of("other")).toList());
    }
}
