package com.omnidom.routing.replica.application;

/**
 * The availability replica took a newer figure for an article at a location (an in-process notice, after the upsert).
 *
 * @param inTransit units on their way to the location
 */
public record AvailabilityNoted(String sku, String locationId, int available, boolean unlimited, int inTransit) {

    /** Something there could serve a waiting line now or soon. */
    public boolean mayServe() {
        return available > 0 || unlimited || inTransit > 0;
    }
}
