package com.omnidom.routing.decision.domain;

import com.omnidom.routing.fulfillment.domain.FulfillmentMode;
import com.omnidom.routing.fulfillment.domain.LineQuantity;

import java.util.List;
import java.util.Set;

/**
 * What to route: the lines, how they reach the customer, and where not to send them.
 *
 * @param destination      the delivery address's coordinates; null when unknown (then every distance counts as 0)
 * @param pickupLocationId the store the customer collects at (PICKUP only)
 * @param excluded         locations that failed or rejected this order before
 */
public record RoutingRequest(FulfillmentMode mode, GeoPoint destination, String pickupLocationId,
                             List<LineQuantity> lines, Set<String> excluded) {

    public RoutingRequest {
        lines = List.copyOf(lines);
        excluded = Set.copyOf(excluded);
    }
}
