package com.omnidom.order.order.domain;

/**
 * How many units of one line are in which state. Counters only grow, except {@code assigned} and {@code allocated}
 * (a rejecting location gives its units back to routing) and {@code readyForPickup} (collected units leave it).
 * Each transition checks its rule and returns the new quantities; the database checks the same rules again.
 *
 * @param assigned       units routing gave to a location (not counting rejected fulfilment orders)
 * @param readyForPickup units waiting at the store now
 * @param unroutable     units no location can fulfil
 */
public record LineQuantities(int ordered, int assigned, int allocated, int shipped, int readyForPickup, int pickedUp,
                             int returned, int refunded, int unroutable) {

    public static LineQuantities of(int ordered) {
        return new LineQuantities(ordered, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Units that left the location: shipped or collected. */
    public int handedOver() {
        return shipped + pickedUp;
    }

    /** Routing assigned units; units it had declared unroutable before are routed again. */
    public LineQuantities assign(int units) {
        positive(units);
        int free = ordered - assigned - unroutable;
        int reclaimed = Math.max(0, units - free);
        if (reclaimed > unroutable) {
            throw new ImpossibleProgress("cannot assign " + units + " more units: " + assigned + " of " + ordered + " are assigned");
        }
        return new LineQuantities(ordered, assigned + units, allocated, shipped, readyForPickup, pickedUp, returned,
                refunded, unroutable - reclaimed);
    }

    /** A location rejected units assigned to it. */
    public LineQuantities unassign(int units) {
        positive(units);
        if (units > assigned) throw new ImpossibleProgress("cannot take back " + units + " units: only " + assigned + " are assigned");
        if (assigned - units < allocated) throw new ImpossibleProgress("cannot take back " + units + " allocated units");
        return new LineQuantities(ordered, assigned - units, allocated, shipped, readyForPickup, pickedUp, returned,
                refunded, unroutable);
    }

    public LineQuantities allocate(int units) {
        positive(units);
        if (allocated + units > assigned) {
            throw new ImpossibleProgress("cannot allocate " + units + " more units: " + allocated + " of " + assigned + " assigned are allocated");
        }
        return new LineQuantities(ordered, assigned, allocated + units, shipped, readyForPickup, pickedUp, returned,
                refunded, unroutable);
    }

    /** Stock of a rejected fulfilment order goes back to the location. */
    public LineQuantities release(int units) {
        positive(units);
        if (units > allocated) throw new ImpossibleProgress("cannot release " + units + " units: only " + allocated + " are allocated");
        return new LineQuantities(ordered, assigned, allocated - units, shipped, readyForPickup, pickedUp, returned,
                refunded, unroutable);
    }

    public LineQuantities ship(int units) {
        positive(units);
        handOverAtMostOrdered(units);
        return new LineQuantities(ordered, assigned, allocated, shipped + units, readyForPickup, pickedUp, returned,
                refunded, unroutable);
    }

    public LineQuantities readyForPickup(int units) {
        positive(units);
        handOverAtMostOrdered(units);
        return new LineQuantities(ordered, assigned, allocated, shipped, readyForPickup + units, pickedUp, returned,
                refunded, unroutable);
    }

    /** Collected units leave "ready for pickup" (those that were reported there). */
    public LineQuantities pickUp(int units) {
        positive(units);
        int waiting = Math.min(readyForPickup, units);
        if (shipped + readyForPickup - waiting + pickedUp + units > ordered) {
            throw new ImpossibleProgress("cannot hand over " + units + " more units: " + (shipped + readyForPickup + pickedUp)
                    + " of " + ordered + " are shipped, waiting or collected");
        }
        return new LineQuantities(ordered, assigned, allocated, shipped, readyForPickup - waiting, pickedUp + units,
                returned, refunded, unroutable);
    }

    public LineQuantities markUnroutable(int units) {
        positive(units);
        if (assigned + unroutable + units > ordered) {
            throw new ImpossibleProgress("cannot mark " + units + " units unroutable: " + assigned + " assigned and "
                    + unroutable + " unroutable of " + ordered);
        }
        return new LineQuantities(ordered, assigned, allocated, shipped, readyForPickup, pickedUp, returned, refunded,
                unroutable + units);
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
                refunded, unroutable);
    }

    public LineQuantities refund(int units) {
        positive(units);
        if (refunded + units > returned) {
            throw new ImpossibleProgress("cannot refund " + units + " more units: " + refunded + " of " + returned + " returned are refunded");
        }
        return new LineQuantities(ordered, assigned, allocated, shipped, readyForPickup, pickedUp, returned,
                refunded + units, unroutable);
    }

    private void handOverAtMostOrdered(int units) {
        if (shipped + readyForPickup + pickedUp + units > ordered) {
            throw new ImpossibleProgress("cannot hand over " + units + " more units: " + (shipped + readyForPickup + pickedUp)
                    + " of " + ordered + " are shipped, waiting or collected");
        }
    }

    private static void positive(int units) {
        if (units <= 0) throw new ImpossibleProgress("quantity must be positive, was " + units);
    }
}
