package com.omnidom.order.order.domain;

import java.util.Collection;

/** Where the order stands, derived from the risk decision and its lines' quantities, never set by hand. */
public enum OrderStatus {
    HELD, REJECTED, ACCEPTED, ROUTED, IN_FULFILLMENT, PARTIALLY_SHIPPED, COMPLETED, RETURNED, UNROUTABLE, CANCELLED;

    /** Statuses in which nothing more is expected of anyone. */
    public boolean closed() {
        return this == REJECTED || this == COMPLETED || this == RETURNED || this == CANCELLED;
    }

    public static OrderStatus of(Collection<LineQuantities> lines) {
        return of(RiskDecision.ACCEPTED, lines);
    }

    /**
     * HELD / REJECTED while the risk check or a reviewer says so; CANCELLED when every unit was cancelled; else over the
     * units still wanted (ordered − cancelled): RETURNED when every one came back; COMPLETED when every one was shipped or
     * picked up; PARTIALLY_SHIPPED once some were; UNROUTABLE while units that nothing was shipped of have no location;
     * IN_FULFILLMENT once stock is allocated; ROUTED when every one is assigned to a location; else ACCEPTED.
     */
    public static OrderStatus of(RiskDecision decision, Collection<LineQuantities> lines) {
        if (decision == RiskDecision.HELD) return HELD;
        if (decision == RiskDecision.REJECTED) return REJECTED;
        if (lines.isEmpty()) return ACCEPTED;
        if (lines.stream().allMatch(l -> l.wanted() == 0)) return CANCELLED;
        var wanted = lines.stream().filter(l -> l.wanted() > 0).toList();
        if (wanted.stream().allMatch(l -> l.returned() == l.wanted())) return RETURNED;
        if (wanted.stream().allMatch(l -> l.handedOver() == l.wanted())) return COMPLETED;
        if (lines.stream().anyMatch(l -> l.handedOver() > 0)) return PARTIALLY_SHIPPED;
        if (wanted.stream().anyMatch(l -> l.unroutable() > 0)) return UNROUTABLE;
        if (lines.stream().anyMatch(l -> l.allocated() > 0)) return IN_FULFILLMENT;
        if (wanted.stream().allMatch(l -> l.assigned() >= l.wanted())) return ROUTED;
        return ACCEPTED;
    }
}
