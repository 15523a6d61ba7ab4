package com.omnidom.routing.fulfillment.application;

import com.omnidom.platform.events.PermanentEventFailure;
import com.omnidom.routing.fulfillment.domain.FulfillmentId;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrder;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Inventory's answer to a fulfilment order: it holds the stock (the location may work it now), or it could not
 * allocate it (the fulfilment ends and its lines go to {@link ReturnedLines}, in the same transaction).
 */
@Service
public class NoteStockAllocation {

    private static final Logger log = LoggerFactory.getLogger(NoteStockAllocation.class);

    private final FulfillmentOrders fulfillments;
    private final ReturnedLines returnedLines;
    private final Clock clock;

    public NoteStockAllocation(FulfillmentOrders fulfillments, ReturnedLines returnedLines, Clock clock) {
        this.fulfillments = fulfillments;
        this.returnedLines = returnedLines;
        this.clock = clock;
    }

    @Transactional
    public void allocated(FulfillmentId id) {
        // routing writes the fulfilment before its FulfillmentAssigned exists, so inventory cannot know an id we lack
        FulfillmentOrder f = fulfillments.find(id)
                .orElseThrow(() -> new PermanentEventFailure("StockAllocated for unknown fulfilment " + id));
        if (!f.noteStockAllocated(clock.instant())) {
            // rejected before the allocation arrived: inventory releases on FulfillmentRejected
            log.info("stale StockAllocated for fulfilment {} in status {}", id, f.status());
        }
    }

    /** Nothing of the fulfilment order is held: it ends, and its lines are routed elsewhere. */
    @Transactional
    public void allocationFailed(FulfillmentId id, String reason) {
        FulfillmentOrder f = fulfillments.find(id)
                .orElseThrow(() -> new PermanentEventFailure("StockAllocationFailed for unknown fulfilment " + id));
        if (!f.noteAllocationFailed(clock.instant())) {
            // rejected meanwhile (and re-routed then), or a second failure for the same fulfilment
            log.info("stale StockAllocationFailed for fulfilment {} in status {}", id, f.status());
            return;
        }
        fulfillments.flush();
        returnedLines.noteReturned(f, ReturnedLines.Why.ALLOCATION_FAILED, reason);
    }
}
