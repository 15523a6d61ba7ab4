package com.omnidom.order.order.domain;

import com.omnidom.kernel.IllegalTransition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Where the order's units are: each line's quantities and each fulfilment order's tallies, as one immutable value.
 * Every transition checks all lines it touches before returning the next ledger, so a refused fact changes nothing
 * (the order keeps the next ledger only when it is returned). The lines' rules are {@link LineQuantities}'; this adds
 * what spans lines and fulfilment orders: a fulfilment's share of {@code allocated} is min(allocated − released,
 * assigned − cancelled), so its allocation, cancellation and release end the same in whatever order they arrive.
 */
record FulfillmentLedger(List<Line> lines, List<Fulfillment> fulfillments) {

    /** One order line's article and quantities. */
    record Line(String lineId, String sku, LineQuantities quantities) {
    }

    FulfillmentLedger {
        lines = List.copyOf(lines);
        fulfillments = List.copyOf(fulfillments);
    }

    // ---- reading

    LineQuantities quantities(String lineId) {
        return line(lineId, null).quantities();
    }

    int cancelledUnits() {
        return lines.stream().mapToInt(l -> l.quantities().cancelled()).sum();
    }

    /** Every line's units still open (neither cancelled nor handed over or waiting at the store). */
    List<LineQuantity> openUnits() {
        return lines.stream().filter(l -> l.quantities().open() > 0)
                .map(l -> new LineQuantity(l.lineId(), l.sku(), l.quantities().open())).toList();
    }

    Fulfillment find(FulfillmentId id) {
        return fulfillments.stream().filter(f -> f.fulfillmentId().equals(id.value())).findFirst().orElse(null);
    }

    /** Routing's own events of a fulfilment order follow its assignment on the same topic and key: unknown means corrupt. */
    Fulfillment active(FulfillmentId id) {
        Fulfillment f = known(id);
        if (f.status() == FulfillmentStatus.REJECTED) {
            throw new ImpossibleProgress("fulfilment " + id + " was rejected; its lines were routed again");
        }
        return f;
    }

    // ---- the order's own decision

    /**
     * @throws IllegalTransition naming the line when it has fewer open units than asked
     */
    FulfillmentLedger cancel(List<LineQuantity> cancelling) {
        Map<String, LineQuantities> next = new LinkedHashMap<>();
        for (LineQuantity c : cancelling) {
            Line line = line(c.lineId(), c.sku());
            LineQuantities q;
            try {
                q = next.getOrDefault(line.lineId(), line.quantities()).cancel(c.quantity());
            } catch (IllegalTransition e) {
                throw new IllegalTransition("line " + line.lineId() + ": " + e.getMessage());
            }
            // units routing could not place need no place any more once cancelled
            next.put(line.lineId(), q.withUnroutableAtMost(Math.max(0, q.wanted() - q.assigned())));
        }
        return withLines(next);
    }

    // ---- routing-service

    FulfillmentLedger assign(FulfillmentId id, String locationId, List<LineQuantity> assigned) {
        if (find(id) != null) throw new ImpossibleProgress("fulfilment " + id + " was assigned before");
        FulfillmentLedger next = change(assigned, LineQuantities::assign);
        List<Fulfillment> all = new ArrayList<>(fulfillments);
        all.add(new Fulfillment(id.value(), locationId, FulfillmentStatus.ASSIGNED, assigned, List.of(), List.of(),
                List.of(), List.of()));
        return new FulfillmentLedger(next.lines, all);
    }

    FulfillmentLedger acknowledge(FulfillmentId id) {
        Fulfillment f = active(id);
        return f.status() == FulfillmentStatus.ASSIGNED ? replace(f.withStatus(FulfillmentStatus.ACKNOWLEDGED)) : this;
    }

    /** The location gives its lines back to routing (which assigns them anew) and its stock allocation is released. */
    FulfillmentLedger reject(FulfillmentId id) {
        Fulfillment f = active(id);
        if (f.status() == FulfillmentStatus.SHIPPED || f.status() == FulfillmentStatus.PICKED_UP) {
            throw new ImpossibleProgress("fulfilment " + id + " cannot be rejected: it is " + f.status());
        }
        FulfillmentLedger next = this;
        if (!f.allocatedNow().isEmpty()) next = next.change(f.allocatedNow(), LineQuantities::release);
        List<LineQuantity> remaining = remaining(f);
        if (!remaining.isEmpty()) next = next.change(remaining, LineQuantities::unassign);
        return next.replace(f.withStatus(FulfillmentStatus.REJECTED).withAllocatedNow(List.of()));
    }

    /** Shipped, ready for pickup or picked up ({@code change} and {@code status} say which). */
    FulfillmentLedger handOver(FulfillmentId id, List<LineQuantity> units,
                               BiFunction<LineQuantities, Integer, LineQuantities> change, FulfillmentStatus status) {
        Fulfillment f = active(id);
        return change(units, change).replace(f.withStatus(status));
    }

    /**
     * The store gave up a pickup nobody collected: its units are cancelled (from "ready for pickup"), the fulfilment is
     * EXPIRED; routing takes them off it next, as for any cancellation.
     *
     * @throws ImpossibleProgress unless the fulfilment waits for pickup with these units
     */
    FulfillmentLedger expirePickup(FulfillmentId id, List<LineQuantity> units) {
        Fulfillment f = active(id);
        if (f.status() != FulfillmentStatus.READY_FOR_PICKUP) {
            throw new ImpossibleProgress("fulfilment " + id + " is " + f.status() + ", not waiting for pickup");
        }
        return change(units, LineQuantities::expirePickup).replace(f.withStatus(FulfillmentStatus.EXPIRED));
    }

    FulfillmentLedger markUnroutable(List<LineQuantity> units) {
        return change(units, LineQuantities::markUnroutable);
    }

    /**
     * Routing took cancelled units off a fulfilment order (before shipment): they leave {@code assigned}, and its share
     * of {@code allocated} shrinks to what it still holds (inventory's StockReleased may come before or after).
     */
    FulfillmentLedger cancelFulfillment(FulfillmentId id, List<LineQuantity> removed) {
        Fulfillment f = known(id);
        if (f.status() == FulfillmentStatus.REJECTED) {
            throw new ImpossibleProgress("fulfilment " + id + " was rejected; nothing of it can be cancelled");
        }
        named(removed);
        Fulfillment next = f;
        for (LineQuantity r : removed) {
            line(r.lineId(), r.sku());
            int still = Fulfillment.units(next.lines(), r.lineId()) - Fulfillment.units(next.cancelledLines(), r.lineId());
            if (r.quantity() <= 0 || r.quantity() > still) {
                throw new ImpossibleProgress("fulfilment " + id + " holds " + still + " units of line "
                        + r.lineId() + ", cannot take off " + r.quantity());
            }
            next = next.withCancelled(Fulfillment.plus(next.cancelledLines(), r.lineId(), r.sku(), r.quantity()));
        }
        FulfillmentLedger settled = settle(next);
        Fulfillment after = settled.find(id);
        FulfillmentLedger unassigned = settled.change(removed, LineQuantities::unassign);
        // an expired pickup stays EXPIRED: that is why its units were cancelled
        return remaining(after).isEmpty() && after.status() != FulfillmentStatus.EXPIRED
                ? unassigned.replace(after.withStatus(FulfillmentStatus.CANCELLED)) : unassigned;
    }

    // ---- inventory-service

    /** Allocation follows assignment, but on another topic: an allocation for an unknown fulfilment order waits for it. */
    FulfillmentLedger allocate(FulfillmentId id, List<LineQuantity> allocated) {
        Fulfillment f = find(id);
        if (f == null) throw new ProgressAhead("stock allocated for fulfilment " + id + " before it was assigned");
        if (!f.allocatedLines().isEmpty()) throw new ImpossibleProgress("fulfilment " + id + " was allocated before");
        named(allocated);
        allocated.forEach(a -> line(a.lineId(), a.sku()));
        // rejected meanwhile: inventory releases the stock with the rejection, nothing stays allocated
        if (f.status() == FulfillmentStatus.REJECTED) return replace(f.withAllocated(allocated));
        for (LineQuantity a : allocated) {
            int assignedHere = Fulfillment.units(f.lines(), a.lineId());
            if (a.quantity() <= 0 || a.quantity() > assignedHere) {
                throw new ImpossibleProgress("line " + a.lineId() + ": cannot allocate " + a.quantity() + " units for a "
                        + "fulfilment order of " + assignedHere);
            }
        }
        return settle(f.withAllocated(allocated));
    }

    /** Inventory gave an allocation back (cancelled or rejected fulfilment order); counted once, whichever came first. */
    FulfillmentLedger release(FulfillmentId id, List<LineQuantity> released) {
        Fulfillment f = find(id);
        if (f == null) throw new ProgressAhead("stock released for fulfilment " + id + " before it was assigned");
        named(released);
        Fulfillment next = f;
        for (LineQuantity r : released) {
            line(r.lineId(), r.sku());
            if (r.quantity() <= 0) throw new ImpossibleProgress("quantity must be positive, was " + r.quantity());
            next = next.withReleased(Fulfillment.plus(next.releasedLines(), r.lineId(), r.sku(), r.quantity()));
        }
        return next.status() == FulfillmentStatus.REJECTED ? replace(next) : settle(next);
    }

    // ---- returns and refunds

    FulfillmentLedger receiveReturn(List<LineQuantity> returned) {
        return change(returned, LineQuantities::receiveReturn);
    }

    FulfillmentLedger refund(List<LineQuantity> refunded) {
        return change(refunded, LineQuantities::refund);
    }

    // ---- internals

    /** Applies {@code change} to every named line, checking each before any is kept. */
    private FulfillmentLedger change(List<LineQuantity> facts, BiFunction<LineQuantities, Integer, LineQuantities> change) {
        named(facts);
        Map<String, LineQuantities> next = new LinkedHashMap<>();
        for (LineQuantity fact : facts) {
            Line line = line(fact.lineId(), fact.sku());
            try {
                next.put(line.lineId(), change.apply(next.getOrDefault(line.lineId(), line.quantities()), fact.quantity()));
            } catch (ImpossibleProgress e) {
                throw new ImpossibleProgress("line " + line.lineId() + ": " + e.getMessage());
            } catch (ProgressAhead e) {
                throw new ProgressAhead("line " + line.lineId() + ": " + e.getMessage());
            }
        }
        return withLines(next);
    }

    /**
     * Sets the fulfilment's share of its lines' {@code allocated}: allocated minus released, at most its units still
     * assigned; the difference to the share counted before goes into the lines.
     */
    private FulfillmentLedger settle(Fulfillment f) {
        Map<String, LineQuantities> next = new LinkedHashMap<>();
        List<LineQuantity> share = f.allocatedNow();
        for (LineQuantity l : f.lines()) {
            String lineId = l.lineId();
            int target = Math.max(0, Math.min(
                    Fulfillment.units(f.allocatedLines(), lineId) - Fulfillment.units(f.releasedLines(), lineId),
                    Fulfillment.units(f.lines(), lineId) - Fulfillment.units(f.cancelledLines(), lineId)));
            int delta = target - Fulfillment.units(share, lineId);
            if (delta == 0) continue;
            Line line = line(lineId, l.sku());
            LineQuantities q = next.getOrDefault(lineId, line.quantities());
            try {
                next.put(lineId, q.withAllocated(q.allocated() + delta));
            } catch (ImpossibleProgress e) {
                throw new ImpossibleProgress("line " + lineId + ": " + e.getMessage());
            }
            share = Fulfillment.set(share, lineId, l.sku(), target);
        }
        return withLines(next).replace(f.withAllocatedNow(share));
    }

    /** Units of the fulfilment order still assigned to it, per line. */
    private static List<LineQuantity> remaining(Fulfillment f) {
        return f.lines().stream()
                .map(l -> new LineQuantity(l.lineId(), l.sku(), l.quantity() - Fulfillment.units(f.cancelledLines(), l.lineId())))
                .filter(l -> l.quantity() > 0).toList();
    }

    private Fulfillment known(FulfillmentId id) {
        Fulfillment f = find(id);
        if (f == null) throw new ImpossibleProgress("the order has no fulfilment " + id);
        return f;
    }

    private Line line(String lineId, String sku) {
        Line line = lines.stream().filter(l -> l.lineId().equals(lineId)).findFirst()
                .orElseThrow(() -> new ImpossibleProgress("the order has no line " + lineId));
        if (sku != null && !sku.equals(line.sku())) {
            throw new ImpossibleProgress("line " + line.lineId() + " is " + line.sku() + ", not " + sku);
        }
        return line;
    }

    private static void named(List<LineQuantity> facts) {
        if (facts == null || facts.isEmpty()) throw new ImpossibleProgress("the fact names no lines");
    }

    private FulfillmentLedger withLines(Map<String, LineQuantities> changed) {
        if (changed.isEmpty()) return this;
        return new FulfillmentLedger(lines.stream()
                .map(l -> changed.containsKey(l.lineId()) ? new Line(l.lineId(), l.sku(), changed.get(l.lineId())) : l)
                .toList(), fulfillments);
    }

    private FulfillmentLedger replace(Fulfillment changed) {
        List<Fulfillment> next = new ArrayList<>(fulfillments);
        next.replaceAll(f -> f.fulfillmentId().equals(changed.fulfillmentId()) ? changed : f);
        return new FulfillmentLedger(lines, next);
    }
}
