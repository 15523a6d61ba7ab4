package com.omnidom.routing.decision.messaging;

import com.omnidom.events.inventory.StockAllocated;
import com.omnidom.events.inventory.StockAllocationFailed;
import com.omnidom.platform.consumer.EventHandlers;
import com.omnidom.platform.consumer.Subscriptions;
import com.omnidom.platform.events.PermanentEventFailure;
import com.omnidom.routing.fulfillment.application.NoteStockAllocation;
import com.omnidom.routing.fulfillment.domain.FulfillmentId;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Allocation outcomes for routing's fulfilment orders. One listener for the topic: two listeners in one group
 * would split its partitions between them and each would miss the other's events.
 */
@Component
class InventoryEventsListener implements EventHandlers {

    private final NoteStockAllocation noteStockAllocation;

    InventoryEventsListener(NoteStockAllocation noteStockAllocation) {
        this.noteStockAllocation = noteStockAllocation;
    }

    @Override
    public void subscribe(Subscriptions on) {
        // other inventory events are not routing's concern
        on.event(StockAllocated.class, allocated -> noteStockAllocation.allocated(fulfillment(allocated.fulfillmentId())));
        on.event(StockAllocationFailed.class,
                failed -> noteStockAllocation.allocationFailed(fulfillment(failed.fulfillmentId()), failed.reason()));
    }

    private static FulfillmentId fulfillment(UUID id) {
        if (id == null) throw new PermanentEventFailure("allocation outcome without fulfillmentId");
        return new FulfillmentId(id);
    }
}
