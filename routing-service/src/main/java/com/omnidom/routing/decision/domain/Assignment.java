package com.omnidom.routing.decision.domain;

import com.omnidom.routing.fulfillment.domain.LineQuantity;

import java.util.List;

/**
 * Whole lines given to one location.
 *
 * @param distanceKm from the destination; null when a coordinate is unknown
 * @param reason     why this location, for people reading the decision
 */
public record Assignment(String locationId, List<LineQuantity> lines, Double distanceKm, String reason) {

    public Assignment {
        lines = List.copyOf(lines);
    }

    public int units() {
        return lines.stream().mapToInt(LineQuantity::quantity).sum();
    }
}
