package com.omnidom.order.order.application;

import com.omnidom.order.order.domain.OrderStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prometheus gauges of the age report, recounted in the database every {@code omnidom.order.age-gauge-refresh} (not per
 * scrape: a scrape must stay cheap): {@code omnidom_orders_open{status,channel,age}}, {@code
 * omnidom_orders_open_by_location{location}} and {@code omnidom_orders_stuck{status}} for Grafana alerts.
 */
@Service
public class OrderAgeGauges {

    private static final Logger log = LoggerFactory.getLogger(OrderAgeGauges.class);

    private final AgeReport report;
    private final Clock clock;
    private final MultiGauge open;
    private final MultiGauge byLocation;
    private final MultiGauge stuck;

    public OrderAgeGauges(AgeReport report, MeterRegistry meters, Clock clock) {
        this.report = report;
        this.clock = clock;
        this.open = MultiGauge.builder("omnidom.orders.open").description("Open orders by status, channel and age bucket")
                .register(meters);
        this.byLocation = MultiGauge.builder("omnidom.orders.open.by.location").description("Open orders by working location")
                .register(meters);
        this.stuck = MultiGauge.builder("omnidom.orders.stuck")
                .description("Orders in their status longer than omnidom.order.stuck-after allows").register(meters);
    }

    @Scheduled(fixedDelayString = "${omnidom.order.age-gauge-refresh:30s}", initialDelay = 0)
    public void refresh() {
        try {
            Instant now = clock.instant();
            List<AgeReport.Cell> cells = report.cells(now);
            // every status × channel × bucket gets a row, so a series drops to 0 instead of vanishing
            Map<List<String>, Long> counts = new HashMap<>();
            for (OrderStatus s : OrderStatus.values()) {
                if (s.closed()) continue;
                for (var channel : com.omnidom.order.order.domain.Channel.values()) {
                    for (AgeReport.Bucket b : AgeReport.Bucket.values()) counts.put(List.of(s.name(), channel.name(), b.label), 0L);
                }
            }
            Map<String, Long> locations = new HashMap<>();
            for (AgeReport.Cell c : cells) {
                counts.merge(List.of(c.status().name(), c.channel(), c.bucket().label), c.count(), Long::sum);
                locations.merge(c.locationId() == null ? "none" : c.locationId(), c.count(), Long::sum);
            }
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            counts.forEach((k, n) -> rows.add(MultiGauge.Row.of(Tags.of("status", k.get(0), "channel", k.get(1), "age", k.get(2)), n)));
            open.register(rows, true);
            byLocation.register(locations.entrySet().stream()
                    .<MultiGauge.Row<?>>map(e -> MultiGauge.Row.of(Tags.of("location", e.getKey()), e.getValue())).toList(), true);
            stuck.register(report.stuckCounts(now).entrySet().stream()
                    .<MultiGauge.Row<?>>map(e -> MultiGauge.Row.of(Tags.of("status", e.getKey().name()), e.getValue())).toList(), true);
        } catch (RuntimeException e) {
            // the database may be away for a moment; the next refresh tries again
            log.warn("could not recount the order age gauges: {}", e.toString());
        }
    }
}
