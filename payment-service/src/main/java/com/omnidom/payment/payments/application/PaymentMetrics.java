package com.omnidom.payment.payments.application;

import com.omnidom.events.ContractEvent;
import com.omnidom.events.payment.AuthorizationReleased;
import com.omnidom.events.payment.PaymentCaptured;
import com.omnidom.events.payment.RefundIssued;
import com.omnidom.platform.metrics.EventMetric;
import io.micrometer.core.instrument.Tags;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * payment-service's business metrics, read off the money events it publishes once the PSP answered
 * ({@code docs/metrics.md}): how many and how much per currency. The amounts are counters without a unit suffix
 * (the currency is the label): {@code omnidom_payment_captured_amount_total{currency}}.
 */
@Configuration(proxyBeanMethods = false)
public class PaymentMetrics {

    @Bean
    EventMetric<PaymentCaptured> capturesMetric() {
        return EventMetric.count("omnidom.payment.captures", "Captures (one per shipment or pickup)", PaymentCaptured.class,
                e -> Tags.of("currency", e.currency()));
    }

    @Bean
    EventMetric<PaymentCaptured> capturedAmountMetric() {
        return amount("omnidom.payment.captured.amount", "Money captured", PaymentCaptured.class,
                PaymentCaptured::currency, PaymentCaptured::amount);
    }

    @Bean
    EventMetric<RefundIssued> refundsMetric() {
        return EventMetric.count("omnidom.payment.refunds", "Refunds (one per return)", RefundIssued.class,
                e -> Tags.of("currency", e.currency()));
    }

    @Bean
    EventMetric<RefundIssued> refundedAmountMetric() {
        return amount("omnidom.payment.refunded.amount", "Money refunded", RefundIssued.class,
                RefundIssued::currency, RefundIssued::amount);
    }

    @Bean
    EventMetric<AuthorizationReleased> releasesMetric() {
        return EventMetric.count("omnidom.payment.releases", "Authorisations released for cancelled lines",
                AuthorizationReleased.class, e -> Tags.of("currency", e.currency()));
    }

    @Bean
    EventMetric<AuthorizationReleased> releasedAmountMetric() {
        return amount("omnidom.payment.released.amount", "Authorised money released", AuthorizationReleased.class,
                AuthorizationReleased::currency, AuthorizationReleased::amount);
    }

    private static <E extends ContractEvent> EventMetric<E> amount(String name, String description, Class<E> type,
                                                                   Function<E, String> currency,
                                                                   Function<E, BigDecimal> amount) {
        return EventMetric.sum(name, description, null, type,
                e -> List.of(EventMetric.Observation.of(amount.apply(e).doubleValue(), "currency", currency.apply(e))));
    }
}
