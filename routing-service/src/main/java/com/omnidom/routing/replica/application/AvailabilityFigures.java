package com.omnidom.routing.replica.application;

/**
 * What the availability replica holds for an article at a location, as far as lines waiting for stock care.
 *
 * @param inTransit units on their way to the location
 */
public record AvailabilityFigures(int available, boolean unlimited, int inTransit) {

    /**
     * More there than {@code before} (null: no figure before, so any counts as more): available, in transit, or now
     * unlimited. Only then can a line that waits for stock be served where it could not be before; a decrease (an
     * allocation elsewhere) must not re-route every waiting order in vain.
     */
    public boolean grewFrom(AvailabilityFigures before) {
        return before == null || available > before.available || (unlimited && !before.unlimited)
                || inTransit > before.inTransit;
    }
}
