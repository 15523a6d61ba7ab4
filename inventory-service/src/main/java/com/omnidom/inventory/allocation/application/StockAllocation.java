package com.omnidom.inventory.allocation.application;

import com.omnidom.inventory.allocation.domain.Allocation;
import com.omnidom.inventory.allocation.domain.AllocationLine;
import com.omnidom.inventory.allocation.domain.Allocations;
import com.omnidom.inventory.allocation.domain.FulfillmentId;
import com.omnidom.inventory.allocation.domain.FulfillmentOrder;
import com.omnidom.inventory.allocation.domain.LineShortage;
import com.omnidom.inventory.stock.application.StockLedger;
import com.omnidom.inventory.stock.domain.StockKey;
import com.omnidom.platform.inbox.Inbox;
import com.omnidom.platform.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Allocates fulfilment orders and follows them to the end: each reaction runs once per event, in one
 * transaction with the inbox row, its stock changes and its events.
 */
@Service
public class StockAllocation {

    public static final String CONSUMER = "inventory-service";

    private static final Logger log = LoggerFactory.getLogger(StockAllocation.class);

    private final Inbox inbox;
    private final Allocations allocations;
    private final StockLedger ledger;
    private final Outbox outbox;
    private final Clock clock;

    public StockAllocation(Inbox inbox, Allocations allocations, StockLedger ledger, Outbox outbox, Clock clock) {
        this.inbox = inbox;
        this.allocations = allocations;
        this.ledger = ledger;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Allocates every line of the order at its location, or none. The lines are allocated by conditional
     * updates in one transaction; if any is short, that transaction rolls back whole and a second one records
     * the failure (with the inbox row), so a redelivered event never allocates or fails twice.
     */
    public AllocationOutcome noteFulfillmentAssigned(UUID eventId, FulfillmentOrder order) {
        var outcome = new AtomicReference<>(AllocationOutcome.DUPLICATE);
        try {
            inbox.process(CONSUMER, eventId, () -> outcome.set(allocateAll(order)));
        } catch (InsufficientStock shortage) {
            inbox.process(CONSUMER, eventId, () -> outcome.set(recordFailure(order, shortage.shortages())));
        }
        return outcome.get();
    }

    /** The location rejected the order: its allocated units become available again. */
    public boolean noteFulfillmentRejected(UUID eventId, FulfillmentId fulfillment) {
        return inbox.process(CONSUMER, eventId, () -> settle(fulfillment, "rejection", allocation -> {
            allocation.inLockOrder().forEach(line -> ledger.release(line.at(allocation.locationId()), line.quantity()));
            allocation.release(clock.instant());
        }));
    }

    /** The goods left the location (shipped to the customer or picked up): on hand and allocated both drop. */
    public boolean noteGoodsLeft(UUID eventId, FulfillmentId fulfillment) {
        return inbox.process(CONSUMER, eventId, () -> settle(fulfillment, "departure", allocation -> {
            allocation.inLockOrder().forEach(line -> ledger.removeAllocated(line.at(allocation.locationId()), line.quantity()));
            allocation.ship(clock.instant());
        }));
    }

    private AllocationOutcome allocateAll(FulfillmentOrder order) {
        if (allocations.exists(order.fulfillmentId())) return AllocationOutcome.ALREADY_DECIDED;
        List<LineShortage> shortages = new ArrayList<>();
        for (AllocationLine line : order.inLockOrder()) {
            StockKey key = line.at(order.locationId());
            if (ledger.allocate(key, line.quantity()).isEmpty()) {
                // go on with the other lines, so the failure names every short line
                shortages.add(new LineShortage(line.lineId(), line.sku(), line.quantity(), ledger.available(key)));
            }
        }
        if (!shortages.isEmpty()) throw new InsufficientStock(shortages);
        allocations.save(Allocation.allocated(order, clock.instant()));
        outbox.append(AllocationEvents.allocated(order, clock.instant()));
        return AllocationOutcome.ALLOCATED;
    }

    private AllocationOutcome recordFailure(FulfillmentOrder order, List<LineShortage> shortages) {
        if (allocations.exists(order.fulfillmentId())) return AllocationOutcome.ALREADY_DECIDED;
        allocations.save(Allocation.failed(order, shortages, clock.instant()));
        outbox.append(AllocationEvents.failed(order, shortages, clock.instant()));
        return AllocationOutcome.FAILED;
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
