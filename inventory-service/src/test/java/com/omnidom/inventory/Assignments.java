package com.omnidom.inventory;

import com.omnidom.inventory.allocation.application.AllocationOutcome;
import com.omnidom.inventory.allocation.application.StockAllocation;
import com.omnidom.inventory.allocation.domain.FulfillmentOrder;
import com.omnidom.platform.inbox.Inbox;

import java.util.UUID;

/** A FulfillmentAssigned applied as the platform applies it: once, through the inbox, with a fresh event id. */
public final class Assignments {

    private Assignments() {
    }

    public static AllocationOutcome assign(Inbox inbox, StockAllocation allocation, FulfillmentOrder order) {
        return inbox.apply("inventory-service", UUID.randomUUID(), () -> allocation.noteFulfillmentAssigned(order))
                .orElse(AllocationOutcome.DUPLICATE);
    }
}
