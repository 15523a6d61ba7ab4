package com.omnidom.inventory.availability.application;

import com.omnidom.events.inventory.AvailabilityChanged;
import com.omnidom.inventory.availability.domain.StockPosition;
import com.omnidom.inventory.availability.domain.StockPositions;
import com.omnidom.inventory.stock.domain.StockKey;
import com.omnidom.platform.outbox.Outbox;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Coalesces availability: every stock change marks its key pending (one mark however many changes); every
 * {@code publish-interval} this takes the marks and appends one {@code AvailabilityChanged} per key with the state
 * at that moment, in the transaction that removes the marks. A hot SKU therefore produces at most one event per
 * key and interval on the compacted topic, and no change is lost: a mark still locked by an uncommitted change is
 * skipped and taken in a later round.
 */
@Component
public class AvailabilityPublisher {

    private final StockPositions positions;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final AvailabilityProperties properties;
    private final Clock clock;
    private final AvailabilityQueries queries;

    public AvailabilityPublisher(StockPositions positions, Outbox outbox, PlatformTransactionManager transactions,
                                 AvailabilityProperties properties, Clock clock, AvailabilityQueries queries) {
        this.queries = queries;
        this.positions = positions;
        this.outbox = outbox;
        this.transactions = new TransactionTemplate(transactions);
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${omnidom.inventory.availability.publish-interval:200ms}")
    public void publishPending() {
        int published;
        do {
            published = publishBatch();
        } while (published == properties.publishBatchSize());
    }

    /** One batch in one transaction; returns how many keys it published. */
    public int publishBatch() {
        List<StockKey> taken = new java.util.ArrayList<>();
        Integer count = transactions.execute(tx -> {
            List<StockKey> keys = positions.takePending(properties.publishBatchSize());
            if (keys.isEmpty()) return 0;
            taken.addAll(keys);
            Instant now = clock.instant();
            // read after the marks were taken: every change whose mark was taken is committed and visible now
            for (StockPosition position : positions.ofKeys(keys)) {
                outbox.append(changed(position, now));
            }
            return keys.size();
        });
        // this instance's cache at once; the others when the events arrive on inventory.availability.v1
        queries.evict(taken.stream().map(k -> k.sku().value()).distinct().toList());
        return count == null ? 0 : count;
    }

    static AvailabilityChanged changed(StockPosition position, Instant occurredAt) {
        var level = position.level();
        return new AvailabilityChanged(UUID.randomUUID(), occurredAt, level.key().sku().value(),
                level.key().locationId().value(), level.onHand(), level.allocated(), level.unlimited() ? 0 : level.available(),
                level.version(), level.reserved(), level.safetyStock(),
                position.holds().stream().map(h -> new AvailabilityChanged.ChannelReservation(h.channel(), h.quantity(), h.until())).toList(),
                position.arrivals().stream().map(a -> new AvailabilityChanged.InTransit(a.quantity(), a.expectedAt())).toList(),
                level.unlimited());
    }
}
