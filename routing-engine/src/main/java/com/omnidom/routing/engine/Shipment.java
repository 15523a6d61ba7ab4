package com.omnidom.routing.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * What one location sends (or hands over at pickup) for the order.
 *
 * @param distanceKm   from the destination; null when the location has no coordinates
 * @param deliveryDate expected delivery (or pickup-ready) day
 * @param lateDays     days after the promise date; 0 when on time or nothing was promised
 * @param cost         this shipment's cost (split and unfulfilled are order-level and 0 here)
 */
public record Shipment(String locationId, LocationType type, List<LineQuantity> lines, Double distanceKm,
                       LocalDate deliveryDate, int lateDays, CostBreakdown cost) {

    public Shipment {
        lines = List.copyOf(lines);
    }

    public int units() {
        return lines.stream().mapToInt(LineQuantity::quantity).sum();
    }
}
