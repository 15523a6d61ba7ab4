package com.omnidom.order.order.application;

import com.omnidom.events.order.OrderAccepted;
import com.omnidom.events.order.OrderHeld;
import com.omnidom.events.order.OrderRejected;
import com.omnidom.platform.metrics.EventMeters;
import com.omnidom.platform.metrics.EventMetric;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import java.util.Arrays;

/**
 * order-service's business metrics ({@code docs/metrics.md}): intake outcomes read off the events it publishes, per
 * channel; cancellations counted by {@link ChangeOrder}, which alone knows whether the whole order ended cancelled.
 */
@Configuration(proxyBeanMethods = false)
public class OrderMetrics {

    /** A released held order and a replacement order count too: each is an {@code OrderAccepted}. */
    @Bean
    EventMetric<OrderAccepted> ordersAccepted() {
        return EventMetric.count("omnidom.orders.accepted", "Orders accepted (published downstream)", OrderAccepted.class,
                e -> Tags.of("channel", e.channel().name())).startingAtZero("channel", Arrays.stream(OrderAccepted.Channel.values()).map(Enum::name).toList());
    }

    @Bean
    EventMetric<OrderHeld> ordersHeld() {
        return EventMetric.count("omnidom.orders.held", "Orders held for risk review", OrderHeld.class,
                e -> Tags.of("channel", e.channel().name())).startingAtZero("channel", Arrays.stream(OrderAccepted.Channel.values()).map(Enum::name).toList());
    }

    /** By the risk check or a reviewer. */
    @Bean
    EventMetric<OrderRejected> ordersRejected() {
        return EventMetric.count("omnidom.orders.rejected", "Orders rejected by the risk check or a reviewer",
                OrderRejected.class, e -> Tags.of("channel", e.channel().name())).startingAtZero("channel", Arrays.stream(OrderAccepted.Channel.values()).map(Enum::name).toList());
    }

    @Bean
    Cancellations cancellations(MeterRegistry meters) {
        return new Cancellations(meters);
    }

    /** Cancellations by scope: {@code order} when every unit is cancelled now, else {@code lines}; once committed. */
    public static final class Cancellations {

        private final Counter wholeOrders;
        private final Counter someLines;

        Cancellations(MeterRegistry meters) {
            this.wholeOrders = counter(meters, "order");
            this.someLines = counter(meters, "lines");
        }

        private static Counter counter(MeterRegistry meters, String scope) {
            return Counter.builder("omnidom.orders.cancelled").description("Cancellations by customer service")
                    .tag("scope", scope).register(meters);
        }

        void note(boolean wholeOrder) {
            Counter counter = wholeOrder ? wholeOrders : someLines;
            EventMeters.afterCommit(counter::increment);
        }
    }
}
