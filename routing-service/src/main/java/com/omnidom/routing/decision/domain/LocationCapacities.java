package com.omnidom.routing.decision.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Capacity used per location and its local day: orders and units, never beyond the location's capacity unless overridden. */
public interface LocationCapacities {

    /** @return true when one more order of {@code units} fits into the location's capacity of that day, and is counted */
    boolean reserve(String locationId, LocalDate day, int units);

    /** Gives back what a rejected or failed fulfilment order held. */
    default void release(String locationId, LocalDate day, int units) {
        release(locationId, day, 1, units);
    }

    /**
     * Gives back {@code orders} (0 or 1) and {@code units}: a cancel that leaves lines frees units only. Never takes
     * the day below zero (e.g. a day whose use was never counted); @return whether it was counted
     */
    boolean release(String locationId, LocalDate day, int orders, int units);

    /** Counts an assignment even beyond the location's capacity (a fence an operator or the profile may override). */
    void reserveRegardless(String locationId, LocalDate day, int units);

    /**
     * How much of its capacity each active location with one has used on its own local day at {@code now}: the larger
     * of orders / orders per day and units / units per day (above 1 when assignments overrode the fence).
     */
    Map<String, Double> usedRatios(Instant now);
}
