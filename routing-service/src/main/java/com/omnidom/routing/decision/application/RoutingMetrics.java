package com.omnidom.routing.decision.application;

import com.omnidom.events.routing.FulfillmentDeferred;
import com.omnidom.events.routing.FulfillmentUnroutable;
import com.omnidom.platform.metrics.EventMetric;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import io.micrometer.core.instrument.Tags;

/**
 * routing-service's metrics read off the events it publishes ({@code docs/metrics.md}); what the events do not carry
 * (location types, the decision) is measured where it happens ({@link RoutingMeters},
 * {@link com.omnidom.routing.fulfillment.application.FulfillmentMeters}).
 */
@Configuration(proxyBeanMethods = false)
public class RoutingMetrics {

    /** Lines deferred for the first time (a line is deferred once however often it is retried). */
    @Bean
    EventMetric<FulfillmentDeferred> linesDeferred() {
        return EventMetric.sum("omnidom.routing.lines.deferred", "Order lines no location could take yet", null,
                FulfillmentDeferred.class, e -> List.of(EventMetric.Observation.of(e.lines().size())))
                .startingAtZero(List.of(Tags.empty()));
    }

    @Bean
    EventMetric<FulfillmentUnroutable> linesUnroutable() {
        return EventMetric.sum("omnidom.routing.lines.unroutable", "Deferred order lines given up after waiting", null,
                FulfillmentUnroutable.class,
                e -> List.of(EventMetric.Observation.of(e.lines().size(), "reason", unroutableReason(e.reason()))))
                .startingAtZero("reason", List.of("no_stock", "fence_or_cost", "other"));
    }

    /**
     * The engine's reasons are sentences naming SKUs: reduced to a bounded label. {@code no_stock}: no allowed location
     * held enough (now or arriving in time) with capacity left; {@code fence_or_cost}: serving the line broke a
     * plan-level fence or cost more than leaving it; else {@code other}.
     */
    static String unroutableReason(String reason) {
        if (reason == null) return "other";
        if (reason.contains("holds enough")) return "no_stock";
        if (reason.contains("plan-level fence")) return "fence_or_cost";
        return "other";
    }
}
