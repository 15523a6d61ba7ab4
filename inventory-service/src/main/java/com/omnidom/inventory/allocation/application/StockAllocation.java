package com.omnidom.inventory.allocation.application;

import com.omnidom.inventory.allocation.domain.Allocation;
import com.omnidom.inventory.allocation.domain.AllocationLine;
import com.omnidom.inventory.allocation.domain.Allocations;
import com.omnidom.inventory.allocation.domain.FulfillmentId;
import com.omnidom.inventory.allocation.domain.FulfillmentOrder;
import com.omnidom.inventory.allocation.domain.LineShortage;
import com.omnidom.inventory.allocation.domain.RejectionReasons;
import com.omnidom.inventory.inbound.domain.Inbounds;
import com.omnidom.inventory.pool.application.StockPools;
import com.omnidom.inventory.reservation.domain.Reservations;
import com.omnidom.inventory.stock.application.StockLedger;
import com.omnidom.inventory.stock.domain.ReleaseEffect;
import com.omnidom.inventory.stock.domain.StockKey;
import com.omnidom.inventory.stock.domain.StockLevel;
import com.omnidom.platform.inbox.Inbox;
import com.omnidom.platform.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Allocates fulfilment orders and follows them to the end: each reaction runs once per event, in one
 * transaction with the inbox row (the platform's, at the edge), its stock changes and its events.
 */
@Service
public class StockAllocation {

    private static final Logger log = LoggerFactory.getLogger(StockAllocation.class);

    private final Allocations allocations;
    private final StockLedger ledger;
    private final Reservations reservations;
    private final StockPools pools;
    private final RejectionReasons reasons;
    private final Inbounds inbounds;
    private final Outbox outbox;
    private final Clock clock;

    public StockAllocation(Allocations allocations, StockLedger ledger, Reservations reservations,
                           StockPools pools, RejectionReasons reasons, Inbounds inbounds, Outbox outbox, Clock clock) {
        this.inbounds = inbounds;
        this.allocations = allocations;
        this.ledger = ledger;
        this.reservations = reservations;
        this.pools = pools;
        this.reasons = reasons;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Allocates every line of the order at its location, or none. Per line (in lock order): draw on the channel's
     * reservation, then one conditional update of the stock row, then hand out codes/slots of a non-physical
     * article. If any line is short, the attempt rolls back whole and the failure is recorded instead
     * ({@link Inbox.Instead}: a new transaction with the inbox row), so a redelivered event never allocates or fails
     * twice. Runs in the inbox's transaction (the platform's, for the event).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AllocationOutcome noteFulfillmentAssigned(FulfillmentOrder order) {
        try {
            return allocateAll(order);
        } catch (InsufficientStock shortage) {
            throw new Inbox.Instead(() -> recordFailure(order, shortage.shortages()));
        }
    }

    /** The location rejected the order: its units are given back as the reason's configured effect says. */
    @Transactional
    public void noteFulfillmentRejected(FulfillmentId fulfillment, String reason) {
        settle(fulfillment, "rejection", allocation -> {
            ReleaseEffect effect = reasons.effectOf(reason);
            List<AllocationLine> lines = allocation.inLockOrder();
            giveBack(allocation, lines, effect);
            allocation.release(clock.instant());
            outbox.append(AllocationEvents.released(allocation, lines, reason, clock.instant()));
        });
    }

    /** The order was cancelled before shipment: these quantities per line id are given back. */
    @Transactional
    public void noteFulfillmentCancelled(FulfillmentId fulfillment, Map<String, Integer> quantities, String reason) {
        settle(fulfillment, "cancellation", allocation -> {
            List<AllocationLine> cut = allocation.cancel(quantities, clock.instant());
            if (cut.isEmpty()) return;
            giveBack(allocation, cut.stream().sorted(AllocationLine.LOCK_ORDER).toList(), ReleaseEffect.RELEASE);
            outbox.append(AllocationEvents.released(allocation, cut, reason, clock.instant()));
        });
    }

    /** The goods left the location (shipped to the customer or picked up): on hand and allocated both drop. */
    @Transactional
    public void noteGoodsLeft(FulfillmentId fulfillment) {
        settle(fulfillment, "departure", allocation -> {
            allocation.inLockOrder().forEach(line -> {
                StockKey key = line.at(allocation.locationId());
                if (!unlimited(key)) ledger.removeAllocated(key, line.quantity());
            });
            allocation.ship(clock.instant());
        });
    }

    private AllocationOutcome allocateAll(FulfillmentOrder order) {
        if (allocations.exists(order.fulfillmentId())) return AllocationOutcome.ALREADY_DECIDED;
        Instant now = clock.instant();
        List<LineShortage> shortages = new ArrayList<>();
        List<AllocationLine> allocated = new ArrayList<>();
        for (AllocationLine line : order.inLockOrder()) {
            StockKey key = line.at(order.locationId());
            Optional<StockLevel> current = ledger.find(key);
            if (current.isPresent() && current.get().unlimited()) {
                allocated.add(line.allocated(0, pools.issue(current.get(), order.fulfillmentId().value(), line.lineId(),
                        line.quantity(), now, order.promisedBy())));
                continue;
            }
            // the channel's own reservation first; the stock row's condition then needs only the rest to be available
            int drawn = order.channel() == null ? 0 : reservations.draw(key, order.channel(), line.quantity(), now);
            Optional<StockLevel> level = ledger.allocate(key, line.quantity(), drawn);
            List<String> issued = level.map(l -> pools.issue(l, order.fulfillmentId().value(), line.lineId(),
                    line.quantity(), now, order.promisedBy())).orElse(null);
            if (issued == null && level.isEmpty() && order.promisedBy() != null && drawn == 0
                    && current.map(l -> !l.pooled()).orElse(true)) {
                // not on hand now, but the promise is later: goods in transit arriving by then may be promised
                Optional<UUID> inbound = inbounds.promise(key, line.quantity(), order.promisedBy());
                if (inbound.isPresent()) {
                    allocated.add(line.promisedFrom(inbound.get()));
                    continue;
                }
            }
            if (issued == null) {
                // go on with the other lines, so the failure names every short line
                // what this channel could have had: the row as this transaction sees it, plus what it drew
                int available = (level.isEmpty() ? ledger.find(key) : current).map(l -> l.availableTo(drawn)).orElse(0);
                shortages.add(new LineShortage(line.lineId(), line.sku(), line.quantity(), available));
            } else {
                allocated.add(line.allocated(drawn, issued));
            }
        }
        if (!shortages.isEmpty()) throw new InsufficientStock(shortages);
        FulfillmentOrder done = order.withLines(allocated);
        allocations.save(Allocation.allocated(done, now));
        outbox.append(AllocationEvents.allocated(done, now));
        return AllocationOutcome.ALLOCATED;
    }

    private AllocationOutcome recordFailure(FulfillmentOrder order, List<LineShortage> shortages) {
        if (allocations.exists(order.fulfillmentId())) return AllocationOutcome.ALREADY_DECIDED;
        allocations.save(Allocation.failed(order, shortages, clock.instant()));
        outbox.append(AllocationEvents.failed(order, shortages, clock.instant()));
        return AllocationOutcome.FAILED;
    }

    /** Lines in lock order: drawn units back to the channel's reservation (if still active), codes back to the pool. */
    private void giveBack(Allocation allocation, List<AllocationLine> lines, ReleaseEffect effect) {
        Instant now = clock.instant();
        for (AllocationLine line : lines) {
            StockKey key = line.at(allocation.locationId());
            if (unlimited(key)) continue;
            if (line.inboundId() != null) {
                // promised in transit: what has not arrived yet goes back to the inbound, the rest is on hand
                int inTransit = inbounds.takeBackPromise(line.inboundId(), line.quantity());
                if (inTransit == line.quantity()) continue;
                ledger.release(key, line.quantity() - inTransit, 0, effect);
                continue;
            }
            int toReservation = allocation.channel() == null || line.fromReservation() == 0 || effect != ReleaseEffect.RELEASE ? 0
                    : reservations.giveBack(key, allocation.channel(), line.fromReservation(), now);
            ledger.release(key, line.quantity(), toReservation, effect);
            if (!line.issued().isEmpty() && effect == ReleaseEffect.RELEASE) {
                pools.giveBack(allocation.id().value(), line.lineId());
            }
        }
    }

    private boolean unlimited(StockKey key) {
        return ledger.find(key).map(StockLevel::unlimited).orElse(false);
    }

    private void settle(FulfillmentId fulfillment, String what, Consumer<Allocation> change) {
        allocations.find(fulfillment).ifPresentOrElse(allocation -> {
            if (allocation.holdsStock()) {
                change.accept(allocation);
            } else {
                // e.g. the rejection of an order whose allocation failed: nothing is held, nothing to give back
                log.info("{} of fulfilment {} changes no stock: its allocation is {}", what, fulfillment, allocation.state());
            }
        }, () -> log.info("{} of fulfilment {} changes no stock: nothing was allocated to it", what, fulfillment));
    }
}
