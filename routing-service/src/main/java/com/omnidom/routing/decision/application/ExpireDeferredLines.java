package com.omnidom.routing.decision.application;

import com.omnidom.events.routing.FulfillmentUnroutable;
import com.omnidom.platform.outbox.Outbox;
import com.omnidom.routing.decision.domain.DeferredLines;
import com.omnidom.routing.decision.domain.RoutedOrders;
import com.omnidom.routing.fulfillment.application.FulfillmentEvents;
import com.omnidom.routing.fulfillment.domain.LineQuantity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Deferred lines still without a location at their {@code retryUntil} become UNROUTABLE, reported once per order
 * with {@code FulfillmentUnroutable}. Multi-instance safe: an order whose row another transaction holds (being
 * routed, cancelled, another instance expiring it) is skipped and looked at next time; the UPDATE only takes rows
 * still DEFERRED, so nothing is reported twice.
 */
@Service
public class ExpireDeferredLines {

    private static final Logger log = LoggerFactory.getLogger(ExpireDeferredLines.class);

    private final DeferredLines deferredLines;
    private final RoutedOrders routedOrders;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public ExpireDeferredLines(DeferredLines deferredLines, RoutedOrders routedOrders, Outbox outbox,
                               TransactionTemplate transactions, Clock clock) {
        this.deferredLines = deferredLines;
        this.routedOrders = routedOrders;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${omnidom.routing.deferred-check:1s}")
    public void scheduled() {
        try {
            expire();
        } catch (RuntimeException e) {
            log.warn("expiring deferred lines failed, next time then: {}", e.toString());
        }
    }

    /** @return orders whose lines became unroutable */
    public int expire() {
        int orders = 0;
        for (UUID orderId : deferredLines.ordersPastDeadline(clock.instant(), 100)) {
            if (Boolean.TRUE.equals(transactions.execute(status -> expire(orderId)))) orders++;
        }
        return orders;
    }

    private boolean expire(UUID orderId) {
        if (routedOrders.lockIfFree(orderId).isEmpty()) return false;
        Instant now = clock.instant();
        List<DeferredLines.Deferred> expired = deferredLines.markUnroutable(orderId, now).stream()
                .sorted(Comparator.comparing(DeferredLines.Deferred::lineId)).toList();
        if (expired.isEmpty()) return false;
        String reasons = expired.stream().map(DeferredLines.Deferred::reason).distinct().collect(Collectors.joining("; "));
        outbox.append(new FulfillmentUnroutable(UUID.randomUUID(), now, orderId, FulfillmentEvents.lines(expired.stream()
                .map(d -> new LineQuantity(d.lineId(), d.sku(), d.quantity())).toList()),
                "still no location after waiting until " + expired.getFirst().retryUntil() + ": " + reasons));
        return true;
    }
}
