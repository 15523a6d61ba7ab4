package com.omnidom.routing.replica.application;

import java.util.List;

/**
 * What routing keeps of a delivery location.
 *
 * @param latitude        null (with longitude) when the catalog sent no coordinates
 * @param ordersPerDay    null means unlimited
 * @param unitsPerDay     null means unlimited
 * @param costPerShipment the catalog's cost per order shipped from here, minor units; null = no cost profile
 * @param costPerUnit     per unit, minor units; null = no cost profile
 * @param distanceBands   cost by distance, minor units
 */
public record ReplicaLocation(String locationId, long version, String type, Double latitude, Double longitude,
                              String timeZone, List<String> capabilities, Integer ordersPerDay, Integer unitsPerDay,
                              boolean active, Long costPerShipment, Long costPerUnit, List<Band> distanceBands) {

    public ReplicaLocation {
        capabilities = List.copyOf(capabilities);
        distanceBands = distanceBands == null ? List.of() : List.copyOf(distanceBands);
    }

    /** A location without a cost profile. */
    public ReplicaLocation(String locationId, long version, String type, Double latitude, Double longitude, String timeZone,
                           List<String> capabilities, Integer ordersPerDay, Integer unitsPerDay, boolean active) {
        this(locationId, version, type, latitude, longitude, timeZone, capabilities, ordersPerDay, unitsPerDay, active, null,
                null, List.of());
    }

    /** Cost (minor units) of a shipment up to a distance. */
    public record Band(int upToKm, long cost) {
    }
}
