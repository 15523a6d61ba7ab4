package com.omnidom.routing.engine;

import com.omnidom.kernel.GeoPoint;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The order (or the part of it) to route.
 *
 * @param destination      delivery coordinates; null when unknown (then every distance counts as 0)
 * @param pickupLocationId the store the customer collects at (PICKUP only)
 * @param priority         a VIP order; passed through to the decision
 * @param orderDate        the day the decision is taken for; in-transit arrival and lateness count from it
 * @param promiseDate      the promised delivery (or pickup) day; null when nothing was promised
 */
public record RoutingOrder(String orderId, FulfillmentMode mode, GeoPoint destination, String pickupLocationId,
                           boolean priority, String channel, String country, LocalDate orderDate, LocalDate promiseDate,
                           List<OrderLine> lines) {

    public RoutingOrder {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(orderDate, "orderDate");
        lines = List.copyOf(lines);
        var ids = new HashSet<String>();
        for (OrderLine line : lines) {
            if (!ids.add(line.lineId())) throw new IllegalArgumentException("duplicate lineId " + line.lineId());
        }
    }
}
