package com.omnidom.returns.returnorder.application;

import com.omnidom.events.returns.ReturnReceived;
import com.omnidom.platform.metrics.EventMetric;
import io.micrometer.core.instrument.Tags;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** returns-service's business metrics, read off {@code ReturnReceived} ({@code docs/metrics.md}). */
@Configuration(proxyBeanMethods = false)
public class ReturnsMetrics {

    @Bean
    EventMetric<ReturnReceived> returnsReceived() {
        return EventMetric.count("omnidom.returns.received", "Returns received and inspected", ReturnReceived.class,
                e -> Tags.empty()).startingAtZero(List.of(Tags.empty()));
    }

    /** What the customer gets back for the received units (payment-service refunds it). */
    @Bean
    EventMetric<ReturnReceived> refundAmount() {
        return EventMetric.sum("omnidom.returns.refund.amount", "Refund owed for received returns", null,
                ReturnReceived.class, e -> List.of(EventMetric.Observation.of(e.refundAmount().doubleValue(),
                        "currency", e.currency())));
    }
}
