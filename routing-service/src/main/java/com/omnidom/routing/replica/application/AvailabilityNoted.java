package com.omnidom.routing.replica.application;

/**
 * The availability replica took a newer figure for an article at a location (an in-process notice, after the upsert).
 *
 * @param inTransit units on their way to the location
 * @param grew      more there than the replica held before (available, in transit, or now unlimited; a first figure
 *                  counts as more): only then can a line that waits for stock be served where it could not before
 */
public record AvailabilityNoted(String sku, String locationId, int available, boolean unlimited, int inTransit,
                                boolean grew) {

    /** Something there could serve a waiting line now or soon. */
    public boolean mayServe() {
        return available > 0 || unlimited || inTransit > 0;
    }
}
