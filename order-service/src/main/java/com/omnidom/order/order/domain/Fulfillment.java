package com.omnidom.order.order.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One location's part of the order as routing assigned it.
 *
 * @param allocatedLines what inventory allocated for it (empty until then): released again if the location rejects
 * @param cancelledLines units routing took off it because the order cancelled them
 * @param releasedLines  units inventory reported released for it
 * @param allocatedNow   this fulfilment's share of the lines' {@code allocated} counters: allocated minus released,
 *                       never more than its units still assigned (so events in any order add up to the same)
 */
public record Fulfillment(UUID fulfillmentId, String locationId, FulfillmentStatus status,
                          List<LineQuantity> lines, List<LineQuantity> allocatedLines,
                          List<LineQuantity> cancelledLines, List<LineQuantity> releasedLines,
                          List<LineQuantity> allocatedNow) {

    public Fulfillment {
        lines = lines == null ? List.of() : List.copyOf(lines);
        allocatedLines = allocatedLines == null ? List.of() : List.copyOf(allocatedLines);
        cancelledLines = cancelledLines == null ? List.of() : List.copyOf(cancelledLines);
        releasedLines = releasedLines == null ? List.of() : List.copyOf(releasedLines);
        // rows written before the share was tracked: an active fulfilment's allocation was counted whole
        allocatedNow = allocatedNow != null ? List.copyOf(allocatedNow)
                : status == FulfillmentStatus.REJECTED ? List.of() : allocatedLines;
    }

    public Fulfillment(UUID fulfillmentId, String locationId, FulfillmentStatus status, List<LineQuantity> lines,
                       List<LineQuantity> allocatedLines) {
        this(fulfillmentId, locationId, status, lines, allocatedLines, List.of(), List.of(), null);
    }

    Fulfillment withStatus(FulfillmentStatus next) {
        return new Fulfillment(fulfillmentId, locationId, next, lines, allocatedLines, cancelledLines, releasedLines, allocatedNow);
    }

    Fulfillment withAllocated(List<LineQuantity> allocated) {
        return new Fulfillment(fulfillmentId, locationId, status, lines, allocated, cancelledLines, releasedLines, allocatedNow);
    }

    Fulfillment withCancelled(List<LineQuantity> cancelled) {
        return new Fulfillment(fulfillmentId, locationId, status, lines, allocatedLines, cancelled, releasedLines, allocatedNow);
    }

    Fulfillment withReleased(List<LineQuantity> released) {
        return new Fulfillment(fulfillmentId, locationId, status, lines, allocatedLines, cancelledLines, released, allocatedNow);
    }

    Fulfillment withAllocatedNow(List<LineQuantity> share) {
        return new Fulfillment(fulfillmentId, locationId, status, lines, allocatedLines, cancelledLines, releasedLines, share);
    }

    /** Units of a line in one of this fulfilment's tallies. */
    static int units(List<LineQuantity> tally, String lineId) {
        return tally.stream().filter(l -> l.lineId().equals(lineId)).mapToInt(LineQuantity::quantity).sum();
    }

    /** The tally with {@code units} more of the line. */
    static List<LineQuantity> plus(List<LineQuantity> tally, String lineId, String sku, int units) {
        List<LineQuantity> next = new ArrayList<>();
        boolean found = false;
        for (LineQuantity l : tally) {
            if (l.lineId().equals(lineId)) {
                next.add(new LineQuantity(lineId, l.sku() == null ? sku : l.sku(), l.quantity() + units));
                found = true;
            } else {
                next.add(l);
            }
        }
        if (!found) next.add(new LineQuantity(lineId, sku, units));
        return next;
    }

    /** The tally with the line's units set. */
    static List<LineQuantity> set(List<LineQuantity> tally, String lineId, String sku, int units) {
        List<LineQuantity> next = new ArrayList<>(tally.stream().filter(l -> !l.lineId().equals(lineId)).toList());
        if (units > 0) next.add(new LineQuantity(lineId, sku, units));
        return next;
    }
}
