package com.omnidom.routing.decision.domain;

import com.omnidom.kernel.GeoPoint;
import com.omnidom.routing.fulfillment.domain.FulfillmentMode;
import com.omnidom.routing.fulfillment.domain.LineQuantity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What routing keeps of an accepted order to route it, and later route parts of it again.
 *
 * @param destination      the delivery coordinates; null when the order has none
 * @param pickupLocationId the store the customer collects at (PICKUP only)
 * @param priority         a VIP order: routed first in its priority window, its fulfilment orders carry the flag
 * @param channel          the order's sales channel (e.g. WEB_SHOP); null when unknown
 * @param country          ISO country of the delivery address; null when unknown
 * @param lines            the open quantities: as accepted, minus what was cancelled
 * @param unitPrices       price of one unit per line id, minor units (missing = unknown)
 * @param promiseDate      the day delivery (or pickup) was promised to the customer; null when nothing was promised
 */
public record RoutedOrder(UUID orderId, FulfillmentMode mode, GeoPoint destination, String pickupLocationId,
                          boolean priority, String channel, String country, List<LineQuantity> lines,
                          Map<String, Long> unitPrices, LocalDate promiseDate) {

    public RoutedOrder {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(mode, "mode");
        lines = List.copyOf(lines);
        unitPrices = unitPrices == null ? Map.of() : Map.copyOf(unitPrices);
    }

    public long unitPrice(String lineId) {
        return unitPrices.getOrDefault(lineId, 0L);
    }

    public RoutedOrder withLines(List<LineQuantity> open) {
        return new RoutedOrder(orderId, mode, destination, pickupLocationId, priority, channel, country, open, unitPrices,
                promiseDate);
    }

    /** The new delivery replaces the old one whole, its promise (or none) included. */
    public RoutedOrder withDelivery(FulfillmentMode newMode, GeoPoint newDestination, String newPickup, String newCountry,
                                    LocalDate newPromiseDate) {
        return new RoutedOrder(orderId, newMode, newDestination, newPickup, priority, channel, newCountry, lines, unitPrices,
                newPromiseDate);
    }
}
