package com.omnidom.routing.decision.application;

import com.omnidom.routing.decision.domain.LocationCapacities;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * {@code omnidom_location_capacity_used_ratio{location}}: how much of today's capacity (its local day) each active
 * location with a capacity has used, recounted every {@code omnidom.routing.capacity-gauge-refresh} (30 s) rather
 * than per scrape. Locations without a capacity have no series.
 */
@Component
public class CapacityGauges {

    private static final Logger log = LoggerFactory.getLogger(CapacityGauges.class);

    private final LocationCapacities capacities;
    private final Clock clock;
    private final MultiGauge used;

    public CapacityGauges(LocationCapacities capacities, MeterRegistry meters, Clock clock) {
        this.capacities = capacities;
        this.clock = clock;
        this.used = MultiGauge.builder("omnidom.location.capacity.used.ratio")
                .description("Share of the location's capacity of its current day used (orders or units, the larger)")
                .register(meters);
    }

    @Scheduled(fixedDelayString = "${omnidom.routing.capacity-gauge-refresh:30s}", initialDelay = 0)
    public void refresh() {
        try {
            used.register(capacities.usedRatios(clock.instant()).entrySet().stream()
                    .<MultiGauge.Row<?>>map(e -> MultiGauge.Row.of(Tags.of("location", e.getKey()), e.getValue())).toList(), true);
        } catch (RuntimeException e) {
            // the database may be away for a moment; the next refresh tries again
            log.warn("could not recount the capacity gauges: {}", e.toString());
        }
    }
}
