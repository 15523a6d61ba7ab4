package com.omnidom.routing.fulfillment.domain;

/**
 * ASSIGNED (routing chose the location) → ALLOCATED (inventory holds the stock) → ACKNOWLEDGED (the location
 * works it) → SHIPPED, or READY_FOR_PICKUP → PICKED_UP. REJECTED by the location and FAILED (allocation failed)
 * end it; its lines are routed again. CANCELLED: the order's cancellation took every line before shipment.
 * EXPIRED: nobody collected the pickup in time; the location gave it up and hands nothing over, and it holds its lines
 * (so nothing routes them again) until the order's cancellation of them takes them out, which it stays.
 */
public enum FulfillmentStatus {
    ASSIGNED, ALLOCATED, ACKNOWLEDGED, SHIPPED, READY_FOR_PICKUP, PICKED_UP, REJECTED, FAILED, CANCELLED, EXPIRED;

    /** Holds its lines (in work or done); the ended ones gave them back. */
    public boolean holdsLines() {
        return this != REJECTED && this != FAILED && this != CANCELLED;
    }

    /** The goods left the location: a cancellation no longer changes these quantities. */
    public boolean handedOver() {
        return this == SHIPPED || this == PICKED_UP;
    }

    /** Still at the location, so a cancellation may take lines out. */
    public boolean cancellable() {
        return holdsLines() && !handedOver();
    }

    /** The location gave the lines up (an expired pickup): a cancellation takes them from here before anywhere else. */
    public boolean givenUp() {
        return this == EXPIRED;
    }
}
