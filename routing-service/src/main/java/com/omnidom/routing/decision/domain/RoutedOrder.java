package com.omnidom.routing.decision.domain;

import com.omnidom.routing.fulfillment.domain.FulfillmentMode;
import com.omnidom.routing.fulfillment.domain.LineQuantity;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What routing keeps of an accepted order to route it, and later route parts of it again.
 *
 * @param destination      the delivery coordinates; null when the order has none
 * @param pickupLocationId the store the customer collects at (PICKUP only)
 * @param priority         a VIP order: its fulfilment orders carry the flag
 */
public record RoutedOrder(UUID orderId, FulfillmentMode mode, GeoPoint destination, String pickupLocationId,
                          boolean priority, List<LineQuantity> lines) {

    public RoutedOrder {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(mode, "mode");
        lines = List.copyOf(lines);
    }

    public RoutingRequest request(List<LineQuantity> linesToRoute, Set<String> excluded) {
        return new RoutingRequest(mode, destination, pickupLocationId, linesToRoute, excluded);
    }
}
