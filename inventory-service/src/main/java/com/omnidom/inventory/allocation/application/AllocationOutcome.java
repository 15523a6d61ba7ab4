package com.omnidom.inventory.allocation.application;

/** What handling a {@code FulfillmentAssigned} did. */
public enum AllocationOutcome {
    /** every line allocated; {@code StockAllocated} published */
    ALLOCATED,
    /** nothing allocated; {@code StockAllocationFailed} published with the shortages */
    FAILED,
    /** the fulfilment order had been decided already (another event for it): nothing changed */
    ALREADY_DECIDED,
    /** this event had been applied before: nothing changed */
    DUPLICATE
}
