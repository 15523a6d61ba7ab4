package com.omnidom.routing.fulfillment.application;

import java.util.Collection;
import java.util.Set;

/**
 * The locations whose fulfilment orders a caller may see and work: every one (staff), or only these (a store its
 * own, a partner its locations). Outside it a fulfilment order does not exist for the caller (404, never in a list).
 */
public record WorkScope(boolean everywhere, Set<String> locations) {

    public static final WorkScope EVERYWHERE = new WorkScope(true, Set.of());

    public WorkScope {
        locations = Set.copyOf(locations);
    }

    public static WorkScope only(Collection<String> locations) {
        return new WorkScope(false, Set.copyOf(locations));
    }

    public boolean includes(String locationId) {
        return everywhere || locations.contains(locationId);
    }
}
