package com.omnidom.inventory.allocation.domain;

/** Where a fulfilment order's allocation stands. Only ALLOCATED holds stock. */
public enum AllocationState {
    /** all lines allocated at the location */
    ALLOCATED,
    /** not enough stock for at least one line: nothing was allocated */
    FAILED,
    /** the location rejected the fulfilment order: the units were given back (as the reason says) */
    RELEASED,
    /** the goods left the location (shipped or picked up): on hand and allocated dropped */
    SHIPPED,
    /** every line was cancelled before shipment: the units were given back */
    CANCELLED
}
