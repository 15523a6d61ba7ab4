package com.omnidom.inventory.allocation.domain;

import com.omnidom.inventory.stock.domain.LocationId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The decision on one fulfilment order's stock, kept so that later events (rejection, shipment, pickup) know
 * what was allocated. The stock rows themselves change through conditional updates, not through this aggregate.
 */
@Entity
@Table(name = "allocation")
public class Allocation {

    @Id
    private UUID fulfillmentId;

    private UUID orderId;

    private String locationId;

    private String channel;

    @Enumerated(EnumType.STRING)
    private AllocationState state;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<AllocationLine> lines;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<LineShortage> shortages;

    @Version
    private Long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected Allocation() {
        // for JPA
    }

    private Allocation(FulfillmentOrder order, AllocationState state, List<LineShortage> shortages, Instant now) {
        this.fulfillmentId = order.fulfillmentId().value();
        this.orderId = order.orderId();
        this.locationId = order.locationId().value();
        this.channel = order.channel();
        this.lines = new ArrayList<>(order.lines());
        this.state = state;
        this.shortages = new ArrayList<>(shortages);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** All lines of the order were allocated. */
    public static Allocation allocated(FulfillmentOrder order, Instant now) {
        return new Allocation(order, AllocationState.ALLOCATED, List.of(), now);
    }

    /** At least one line was short; nothing was allocated. */
    public static Allocation failed(FulfillmentOrder order, List<LineShortage> shortages, Instant now) {
        if (shortages.isEmpty()) throw new IllegalArgumentException("a failed allocation names its shortages");
        return new Allocation(order, AllocationState.FAILED, shortages, now);
    }

    /** The location rejected the order: its units go back to available. */
    public void release(Instant now) {
        transition(AllocationState.RELEASED, now);
    }

    /** The goods left the location (shipped or picked up). */
    public void ship(Instant now) {
        transition(AllocationState.SHIPPED, now);
    }

    private void transition(AllocationState next, Instant now) {
        if (state != AllocationState.ALLOCATED) {
            throw new IllegalStateException("allocation of fulfilment " + fulfillmentId + " is " + state + ", cannot become " + next);
        }
        state = next;
        updatedAt = now;
    }

    /**
     * Cancels these quantities per line id (capped at what the line holds); returns the lines as they were cut, with
     * the codes of the units that leave (the last ones issued). CANCELLED when nothing is left.
     */
    public List<AllocationLine> cancel(java.util.Map<String, Integer> quantities, Instant now) {
        if (state != AllocationState.ALLOCATED) {
            throw new IllegalStateException("allocation of fulfilment " + fulfillmentId + " is " + state + ", cannot be cancelled");
        }
        List<AllocationLine> cut = new ArrayList<>();
        List<AllocationLine> kept = new ArrayList<>();
        for (AllocationLine line : lines) {
            int leaving = Math.min(line.quantity(), quantities.getOrDefault(line.lineId(), 0));
            if (leaving <= 0) {
                kept.add(line);
                continue;
            }
            int staying = line.quantity() - leaving;
            // units drawn from the channel's reservation leave first: the reservation gets them back
            int reservedLeaving = Math.min(leaving, line.fromReservation());
            int issuedStaying = Math.min(staying, line.issued().size());
            cut.add(new AllocationLine(line.lineId(), line.sku(), leaving, reservedLeaving,
                    line.issued().subList(issuedStaying, line.issued().size()), line.inboundId()));
            if (staying > 0) {
                kept.add(new AllocationLine(line.lineId(), line.sku(), staying, line.fromReservation() - reservedLeaving,
                        line.issued().subList(0, issuedStaying), line.inboundId()));
            }
        }
        if (!cut.isEmpty()) {
            lines = kept;
            updatedAt = now;
            if (kept.isEmpty()) state = AllocationState.CANCELLED;
        }
        return cut;
    }

    public String channel() {
        return channel;
    }

    /** Whether units are allocated to this order right now. */
    public boolean holdsStock() {
        return state == AllocationState.ALLOCATED;
    }

    public FulfillmentId id() {
        return new FulfillmentId(fulfillmentId);
    }

    public UUID orderId() {
        return orderId;
    }

    public LocationId locationId() {
        return new LocationId(locationId);
    }

    public AllocationState state() {
        return state;
    }

    public List<AllocationLine> lines() {
        return List.copyOf(lines);
    }

    public List<LineShortage> shortages() {
        return shortages == null ? List.of() : List.copyOf(shortages);
    }

    /** The lines in stock-row lock order. */
    public List<AllocationLine> inLockOrder() {
        return lines.stream().sorted(AllocationLine.LOCK_ORDER).toList();
    }
}
