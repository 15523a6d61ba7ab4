package com.omnidom.order.order.domain;

import com.omnidom.kernel.IllegalTransition;

/**
 * How many units of one line are in which state. Counters only grow, except {@code assigned} and {@code allocated}
 * (a rejecting location or a cancellation gives units back), {@code readyForPickup} (collected units leave it) and
 * {@code cancelled} (a shipment that overtook the cancellation wins). Each transition checks its rule and returns the
 * new quantities; the database checks the same rules again.
 *
 * @param assigned       units routing gave to a location (not counting rejected or cancelled fulfilment units)
 * @param readyForPickup units waiting at the store now
 * @param unroutable     units no location can fulfil
 * @param cancelled      units the order cancelled before they were handed over
 */
public record LineQuantities(int ordered, int assigned, int allocated, int shipped, int readyForPickup, int pickedUp,
                             int returned, int refunded, int unroutable, int cancelled) {

    public LineQuantities(int ordered, int assigned, int allocated, int shipped, int readyForPickup, int pickedUp,
                          int returned, int refunded, int unroutable) {
        this(ordered, assigned, allocated, shipped, readyForPickup, pickedUp, returned, refunded, unroutable, 0);
    }

    public static LineQuantities of(int ordered) {
        return new LineQuantities(ordered, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Units that left the location: shipped or collected. */
    public int handedOver() {
        return shipped + pickedUp;
    }

    /** Units still to be fulfilled or cancelled: neither cancelled nor shipped, waiting at the store or collected. */
    public int open() {
        return ordered - cancelled - shipped - readyForPickup - pickedUp;
    }

    /** Units the customer still gets: ordered minus cancelled. */
    public int wanted() {
        return ordered - cancelled;
    }

    /**
     * Routing assigned units; units it had declared unroutable before are routed again. More units than are free
     * means an earlier assignment's units are not given back here yet: routing re-routes a line whose allocation
     * failed (inventory's topic) before this service has read that failure, so wait for it.
     */
    public LineQuantities assign(int units) {
        positive(units);
        int free = ordered - assigned - unroutable;
        int reclaimed = Math.max(0, units - free);
        if (reclaimed > unroutable) {
            throw new ProgressAhead("cannot assign " + units + " more units: " + assigned + " of " + ordered
                    + " are assigned and not given back yet");
        }
        return new LineQuantities(ordered, assigned + units, allocated, shipped, readyForPickup, pickedUp, returned,
                refunded, unroutable - reclaimed, cancelled);
    }

    /** A location rejected units assigned to it, or routing took cancelled units off a fulfilment order. */
    public LineQuantities unassign(int units) {
        positive(units);
        if (units > assigned) throw new ImpossibleProgress("cannot take back " + units + " units: only " + assigned + " are assigned");
        if (assigned - units < allocated) throw new ImpossibleProgress("cannot take back " + units + " allocated units");
        return new LineQuantities(ordered, assigned - units, allocated, shipped, readyForPickup, pickedUp, returned,
                refunded, unroutable, cancelled);
    }

    public LineQuantities allocate(int units) {
        positive(units);
        if (allocated + units > assigned) {
            throw new ImpossibleProgress("cannot allocate " + units + " more units: " + allocated + " of " + assigned + " assigned are allocated");
        }
        return new LineQuantities(ordered, assigned, allocated + units, shipped, readyForPickup, pickedUp, returned,
                refunded, unroutable, cancelled);
    }

    /** Stock of a rejected or cancelled fulfilment order goes back to the location. */
    public LineQuantities release(int units) {
        positive(units);
        if (units > allocated) throw new ImpossibleProgress("cannot release " + units + " units: only " + allocated + " are allocated");
        return new LineQuantities(ordered, assigned, allocated - units, shipped, readyForPickup, pickedUp, returned,
                refunded, unroutable, cancelled);
    }

    public LineQuantities ship(int units) {
        positive(units);
        int stillCancelled = handOver(units);
        return new LineQuantities(ordered, assigned, allocated, shipped + units, readyForPickup, pickedUp, returned,
                refunded, unroutable, stillCancelled);
    }

    public LineQuantities readyForPickup(int units) {
        positive(units);
        int stillCancelled = handOver(units);
        return new LineQuantities(ordered, assigned, allocated, shipped, readyForPickup + units, pickedUp, returned,
                refunded, unroutable, stillCancelled);
    }

    /** Collected units leave "ready for pickup" (those that were reported there). */
    public LineQuantities pickUp(int units) {
        positive(units);
        int waiting = Math.min(readyForPickup, units);
        int next = shipped + readyForPickup - waiting + pickedUp + units;
        if (next > ordered) {
            throw new ImpossibleProgress("cannot hand over " + units + " more units: " + (shipped + readyForPickup + pickedUp)
                    + " of " + ordered + " are shipped, waiting or collected");
        }
        return new LineQuantities(ordered, assigned, allocated, shipped, readyForPickup - waiting, pickedUp + units,
                returned, refunded, unroutable, Math.min(cancelled, ordered - next));
    }

    public LineQuantities markUnroutable(int units) {
        positive(units);
        if (assigned + unroutable + units > ordered) {
            throw new ImpossibleProgress("cannot mark " + units + " units unroutable: " + assigned + " assigned and "
                    + unroutable + " unroutable of " + ordered);
        }
        return new LineQuantities(ordered, assigned, allocated, shipped, readyForPickup, pickedUp, returned, refunded,
                unroutable + units, cancelled);
    }

    /** Units can only come back once they left; a return noted before its shipment waits for the shipment. */
    public LineQuantities receiveReturn(int units) {
        positive(units);
        if (returned + units > ordered) {
            throw new ImpossibleProgress("cannot return " + units + " more units: " + returned + " of " + ordered + " are returned");
        }
        if (returned + units > handedOver()) {
            throw new ProgressAhead("return of " + units + " units before they were shipped or collected ("
                    + handedOver() + " handed over, " + returned + " returned)");
        }
        return new LineQuantities(ordered, assigned, allocated, shipped, readyForPickup, pickedUp, returned + units,
                refunded, unroutable, cancelled);
    }

    public LineQuantities refund(int units) {
        positive(units);
        if (refunded + units > returned) {
            throw new ImpossibleProgress("cannot refund " + units + " more units: " + refunded + " of " + returned + " returned are refunded");
        }
        return new LineQuantities(ordered, assigned, allocated, shipped, readyForPickup, pickedUp, returned,
                refunded + units, unroutable, cancelled);
    }

    /**
     * The order cancels units that were not handed over yet; units shipped, waiting at the store or collected cannot be.
     *
     * @throws IllegalTransition when fewer than {@code units} are still open
     */
    public LineQuantities cancel(int units) {
        if (units <= 0) throw new IllegalArgumentException("quantity must be positive, was " + units);
        if (units > open()) {
            throw new IllegalTransition("cannot cancel " + units + " units: only " + open() + " of " + ordered + " are open ("
                    + cancelled + " cancelled, " + shipped + " shipped, " + readyForPickup + " ready for pickup, "
                    + pickedUp + " picked up)");
        }
        return new LineQuantities(ordered, assigned, allocated, shipped, readyForPickup, pickedUp, returned, refunded,
                unroutable, cancelled + units);
    }

    /**
     * Units waited at the store in vain: the store gave them up (an expired pickup), so they leave "ready for pickup" and
     * are cancelled, the only way units waiting at the store can be.
     */
    public LineQuantities expirePickup(int units) {
        positive(units);
        if (units > readyForPickup) {
            throw new ImpossibleProgress("cannot expire " + units + " units: only " + readyForPickup + " wait at the store");
        }
        return new LineQuantities(ordered, assigned, allocated, shipped, readyForPickup - units, pickedUp, returned, refunded,
                unroutable, cancelled + units);
    }

    /** Routing no longer needs to place cancelled units it had declared unroutable. */
    public LineQuantities withUnroutableAtMost(int max) {
        return unroutable <= max ? this : new LineQuantities(ordered, assigned, allocated, shipped, readyForPickup, pickedUp,
                returned, refunded, max, cancelled);
    }

    /** Allocated units set directly (the ledger recomputes a fulfilment's share, see {@code FulfillmentLedger}). */
    LineQuantities withAllocated(int next) {
        if (next < 0 || next > assigned) {
            throw new ImpossibleProgress("allocated would be " + next + " with " + assigned + " assigned");
        }
        return new LineQuantities(ordered, assigned, next, shipped, readyForPickup, pickedUp, returned, refunded,
                unroutable, cancelled);
    }

    /**
     * A shipment or store handover of units the order had cancelled meanwhile: the goods left, so the handover wins
     * and the cancellation of those units came too late.
     *
     * @return the cancelled units that remain
     */
    private int handOver(int units) {
        int handed = shipped + readyForPickup + pickedUp + units;
        if (handed > ordered) {
            throw new ImpossibleProgress("cannot hand over " + units + " more units: " + (shipped + readyForPickup + pickedUp)
                    + " of " + ordered + " are shipped, waiting or collected");
        }
        return Math.min(cancelled, ordered - handed);
    }

    private static void positive(int units) {
        if (units <= 0) throw new ImpossibleProgress("quantity must be positive, was " + units);
    }
}
