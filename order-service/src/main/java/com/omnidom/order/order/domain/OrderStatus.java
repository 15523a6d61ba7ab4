package com.omnidom.order.order.domain;

import java.util.Collection;

/** Where the order stands, derived from its lines' quantities, never set by hand. */
public enum OrderStatus {
    ACCEPTED, ROUTED, IN_FULFILLMENT, PARTIALLY_SHIPPED, COMPLETED, RETURNED, UNROUTABLE;

    /**
     * RETURNED when every unit came back; COMPLETED when every unit was shipped or picked up; PARTIALLY_SHIPPED
     * once some were; UNROUTABLE while units that nothing was shipped of have no location; IN_FULFILLMENT once
     * stock is allocated; ROUTED when every unit is assigned to a location; else ACCEPTED.
     */
    public static OrderStatus of(Collection<LineQuantities> lines) {
        if (lines.isEmpty()) return ACCEPTED;
        if (lines.stream().allMatch(l -> l.returned() == l.ordered())) return RETURNED;
        if (lines.stream().allMatch(l -> l.handedOver() == l.ordered())) return COMPLETED;
        if (lines.stream().anyMatch(l -> l.handedOver() > 0)) return PARTIALLY_SHIPPED;
        if (lines.stream().anyMatch(l -> l.unroutable() > 0)) return UNROUTABLE;
        if (lines.stream().anyMatch(l -> l.allocated() > 0)) return IN_FULFILLMENT;
        if (lines.stream().allMatch(l -> l.assigned() == l.ordered())) return ROUTED;
        return ACCEPTED;
    }
}
