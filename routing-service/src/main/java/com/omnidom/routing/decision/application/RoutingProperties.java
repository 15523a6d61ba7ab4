package com.omnidom.routing.decision.application;

import com.omnidom.routing.decision.domain.ExchangeRates;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.Map;

/**
 * Routing's timing ({@code omnidom.routing.*}).
 *
 * @param priorityWindow     how long queued orders wait (after the queuing commit) so VIP orders arriving close
 *                           together claim scarce stock and capacity first
 * @param queueCheck         how often the queue is drained without a wake-up: orders another instance queued,
 *                           orders whose back-off ended
 * @param drainBatch         orders routed per window at most (the rest waits for the next one)
 * @param deferFor           how long lines no location can take wait for stock before they are unroutable
 * @param deferredCheck      how often deferred lines past their time are reported unroutable
 * @param deferredRetryEvery how often every deferred line is tried again, besides when its SKU's availability changes
 * @param strategy           COST_OPTIMAL (the engine, default) or FEWEST_LOCATIONS_THEN_NEAREST (the baseline)
 * @param currency           the currency of a routing profile's money when the profile names none (ISO 4217, default EUR)
 * @param exchangeRates      {@code FROM-TO: rate} (one FROM is worth rate TO), to compare locations' costs in other
 *                           currencies; a location whose costs no rate converts is no candidate
 */
@ConfigurationProperties("omnidom.routing")
public record RoutingProperties(Duration priorityWindow, Duration queueCheck, Integer drainBatch, Duration deferFor, Duration deferredCheck,
                                Duration deferredRetryEvery, String strategy, Currency currency,
                                Map<String, BigDecimal> exchangeRates) {

    public RoutingProperties {
        if (priorityWindow == null) priorityWindow = Duration.ofMillis(20);
        if (queueCheck == null) queueCheck = Duration.ofSeconds(5);
        if (drainBatch == null) drainBatch = 500;
        if (deferFor == null) deferFor = Duration.ofHours(48);
        if (deferredCheck == null) deferredCheck = Duration.ofSeconds(30); // lines wait 48 h: 30 s late is nothing
        if (deferredRetryEvery == null) deferredRetryEvery = Duration.ofMinutes(10);
        if (strategy == null) strategy = "COST_OPTIMAL";
        if (currency == null) currency = Currency.getInstance("EUR");
        exchangeRates = exchangeRates == null ? Map.of() : Map.copyOf(exchangeRates);
        ExchangeRates.of(exchangeRates); // refuses a malformed pair or rate at start-up
        if (!strategy.equals("COST_OPTIMAL") && !strategy.equals("FEWEST_LOCATIONS_THEN_NEAREST")) {
            throw new IllegalArgumentException("strategy must be COST_OPTIMAL or FEWEST_LOCATIONS_THEN_NEAREST");
        }
        if (priorityWindow.isNegative() || priorityWindow.isZero()) throw new IllegalArgumentException("priority-window must be positive");
        if (queueCheck.isNegative() || queueCheck.isZero()) throw new IllegalArgumentException("queue-check must be positive");
        if (drainBatch < 1) throw new IllegalArgumentException("drain-batch must be at least 1");
        if (deferFor.isNegative()) throw new IllegalArgumentException("defer-for must not be negative");
    }

    /** The configured rates, parsed. */
    public ExchangeRates rates() {
        return ExchangeRates.of(exchangeRates);
    }
}
