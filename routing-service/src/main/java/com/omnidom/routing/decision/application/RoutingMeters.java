package com.omnidom.routing.decision.application;

import com.omnidom.routing.engine.Decision;
import com.omnidom.platform.metrics.EventMeters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The routing decisions as metrics ({@code docs/metrics.md}), labelled by the profile's name: the engine's decision
 * time (recorded as it happens: the work was done even if the transaction rolls back), and what was decided — split or
 * not, cost, shipments, time from acceptance to the order's last assignment — once the decision committed.
 */
@Component
public class RoutingMeters {

    private final MeterRegistry meters;

    public RoutingMeters(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Times the engine's decision under {@code profile}. */
    <T> T timeDecision(String profile, Supplier<T> decide) {
        return Timer.builder("omnidom.routing.decision").description("The routing engine's decision time")
                .tag("profile", profile).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10))
                .register(meters).record(decide);
    }

    /** A decision that assigned at least one location: split when more than one. Cost in the profile's cost-model unit. */
    void routed(String profile, Decision decision) {
        int shipments = decision.shipments().size();
        long cost = decision.totalCost();
        EventMeters.afterCommit(() -> {
            Counter.builder("omnidom.routing.orders").description("Routing decisions that assigned locations")
                    .tags("profile", profile, "split", String.valueOf(shipments > 1)).register(meters).increment();
            DistributionSummary.builder("omnidom.routing.order.cost")
                    .description("Cost of the decided plan, in minor units of the profile's currency")
                    .tag("profile", profile).publishPercentileHistogram().minimumExpectedValue(10.0)
                    .maximumExpectedValue(1_000_000.0).register(meters).record(cost);
            DistributionSummary.builder("omnidom.routing.shipments.per.order")
                    .description("Shipments (locations) of a decided plan").tag("profile", profile)
                    .publishPercentileHistogram().minimumExpectedValue(1.0).maximumExpectedValue(20.0)
                    .register(meters).record(shipments);
        });
    }

    /** The order's last fulfilment order was assigned {@code sinceAccepted} after the order's acceptance. */
    void fullyAssigned(Duration sinceAccepted) {
        EventMeters.afterCommit(() -> Timer.builder("omnidom.order.time.to.assigned")
                .description("From the order's acceptance to its last fulfilment order assigned")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofDays(3)).register(meters).record(sinceAccepted));
    }
}
