package com.omnidom.inventory.availability.application;

import com.omnidom.events.inventory.AvailabilityChanged;
import com.omnidom.inventory.availability.domain.StockPosition;
import com.omnidom.inventory.availability.domain.StockPositions;
import com.omnidom.inventory.stock.domain.StockKey;
import com.omnidom.platform.outbox.Outbox;
import com.omnidom.platform.wakeup.SignalledWork;
import com.omnidom.platform.wakeup.SignalledWorker;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Coalesces availability: every stock change marks its key pending (one mark however many changes); a commit wakes
 * this, it waits {@code publish-interval}, takes the marks and appends one {@code AvailabilityChanged} per key with the
 * state at that moment, in the transaction that removes the marks. A hot SKU therefore produces at most one event per
 * key and interval on the compacted topic, and no change is lost: a mark still locked by an uncommitted change is
 * skipped and taken in a later round, at the latest the {@code publish-check} one (which also takes other instances'
 * marks).
 */
@Component
public class AvailabilityPublisher implements SignalledWork {

    private final StockPositions positions;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final AvailabilityProperties properties;
    private final Clock clock;
    private final AvailabilityQueries queries;
    private final SignalledWorker worker;

    public AvailabilityPublisher(StockPositions positions, Outbox outbox, PlatformTransactionManager transactions,
                                 AvailabilityProperties properties, Clock clock, AvailabilityQueries queries) {
        this.queries = queries;
        this.positions = positions;
        this.outbox = outbox;
        this.transactions = new TransactionTemplate(transactions);
        this.properties = properties;
        this.clock = clock;
        this.worker = new SignalledWorker("availability-publisher", properties.publishInterval(), properties.publishCheck(),
                this::publishPending);
    }

    /** @return null: wait for the next wake-up or the fallback round */
    public Duration publishPending() {
        int published;
        do {
            published = publishBatch();
        } while (published == properties.publishBatchSize());
        return null;
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

    @Override
    public SignalledWorker worker() {
        return worker;
    }

    /**
     * Wakes the publisher after every commit that may have written: the marks come from triggers on the tables, so
     * any writer (a use case, an import, SQL of another feature) counts without telling anyone; a commit that marked
     * nothing costs one look at an empty table. The publisher's own commits do not wake it.
     */
    @Component
    static class WakeOnCommit implements TransactionExecutionListener {

        private final ObjectProvider<AvailabilityPublisher> publisher;

        WakeOnCommit(ObjectProvider<AvailabilityPublisher> publisher) {
            this.publisher = publisher;
        }

        @Override
        public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
            if (commitFailure == null && !transaction.isReadOnly()) publisher.ifAvailable(p -> p.worker.wake());
        }
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
