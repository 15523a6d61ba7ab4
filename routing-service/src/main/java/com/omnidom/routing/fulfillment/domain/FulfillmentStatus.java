package com.omnidom.routing.fulfillment.domain;

/**
 * ASSIGNED (routing chose the location) → ALLOCATED (inventory holds the stock) → ACKNOWLEDGED (the location
 * works it) → SHIPPED, or READY_FOR_PICKUP → PICKED_UP. REJECTED by the location and FAILED (allocation failed)
 * end it; its lines are routed again.
 */
public enum FulfillmentStatus {
    ASSIGNED, ALLOCATED, ACKNOWLEDGED, SHIPPED, READY_FOR_PICKUP, PICKED_UP, REJECTED, FAILED
}
