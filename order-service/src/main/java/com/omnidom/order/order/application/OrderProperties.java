package com.omnidom.order.order.application;

import com.omnidom.order.order.domain.OrderStatus;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;

/**
 * @param maxLines             most lines one order may have (more: 422 on {@code lines})
 * @param idempotencyRetention how long an Idempotency-Key answers with its first answer; older keys are purged
 * @param idempotencyPurge     how often the purge runs
 * @param stuckAfter           per status, how long an order may stay in it before the age report lists it as stuck
 * @param ageGaugeRefresh      how often the Prometheus gauges of open orders are recounted
 */
@ConfigurationProperties("omnidom.order")
public record OrderProperties(
        @DefaultValue("100") int maxLines,
        @DefaultValue("24h") Duration idempotencyRetention,
        @DefaultValue("10m") Duration idempotencyPurge,
        Map<OrderStatus, Duration> stuckAfter,
        @DefaultValue("30s") Duration ageGaugeRefresh) {

    public OrderProperties {
        // defaults per status, each overridable on its own (omnidom.order.stuck-after.ROUTED=2h)
        var merged = new java.util.EnumMap<OrderStatus, Duration>(OrderStatus.class);
        merged.putAll(Map.of(OrderStatus.HELD, Duration.ofHours(4), OrderStatus.ACCEPTED, Duration.ofHours(1),
                OrderStatus.ROUTED, Duration.ofHours(4), OrderStatus.IN_FULFILLMENT, Duration.ofHours(24),
                OrderStatus.PARTIALLY_SHIPPED, Duration.ofHours(72), OrderStatus.UNROUTABLE, Duration.ofHours(4)));
        if (stuckAfter != null) merged.putAll(stuckAfter);
        stuckAfter = Map.copyOf(merged);
    }
}
