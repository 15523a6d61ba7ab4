package com.omnidom.routing.engine;

import java.util.Set;

/**
 * Hard limits of a routing profile: a plan that breaks one is never chosen by the engine.
 *
 * @param allowedTypes         location types that may serve; empty means all
 * @param allowedGroups        a location must be in at least one of these groups; empty means any
 * @param maxDistanceKm        farthest location from the destination; null means no limit
 * @param maxShipments         most locations (shipments) per order; null means no limit
 * @param allowLineSplit       a line may be split over locations, and only when no single location can take it whole
 * @param minShipmentValue     least goods value (minor units) of a shipment; null means none
 * @param requiredCapabilities capabilities every location needs besides the order's mode (SHIP or PICKUP)
 * @param respectCapacity      honour the locations' orders and units left today
 * @param hardPromise          a shipment delivered after the promise date is not allowed (instead of costing lateness)
 */
public record Fences(Set<LocationType> allowedTypes, Set<String> allowedGroups, Integer maxDistanceKm,
                     Integer maxShipments, boolean allowLineSplit, Long minShipmentValue,
                     Set<String> requiredCapabilities, boolean respectCapacity, boolean hardPromise) {

    /** No limits but capacity; lines are not split. */
    public static final Fences NONE = new Fences(Set.of(), Set.of(), null, null, false, null, Set.of(), true, false);

    public Fences {
        allowedTypes = allowedTypes == null ? Set.of() : Set.copyOf(allowedTypes);
        allowedGroups = allowedGroups == null ? Set.of() : Set.copyOf(allowedGroups);
        requiredCapabilities = requiredCapabilities == null ? Set.of() : Set.copyOf(requiredCapabilities);
        if (maxShipments != null && maxShipments < 1) throw new IllegalArgumentException("maxShipments must be at least 1");
        if (maxDistanceKm != null && maxDistanceKm < 0) throw new IllegalArgumentException("maxDistanceKm must not be negative");
    }

    public Fences withAllowedTypes(Set<LocationType> types) {
        return new Fences(types, allowedGroups, maxDistanceKm, maxShipments, allowLineSplit, minShipmentValue,
                requiredCapabilities, respectCapacity, hardPromise);
    }

    public Fences withAllowedGroups(Set<String> groups) {
        return new Fences(allowedTypes, groups, maxDistanceKm, maxShipments, allowLineSplit, minShipmentValue,
                requiredCapabilities, respectCapacity, hardPromise);
    }

    public Fences withMaxDistanceKm(Integer km) {
        return new Fences(allowedTypes, allowedGroups, km, maxShipments, allowLineSplit, minShipmentValue,
                requiredCapabilities, respectCapacity, hardPromise);
    }

    public Fences withMaxShipments(Integer shipments) {
        return new Fences(allowedTypes, allowedGroups, maxDistanceKm, shipments, allowLineSplit, minShipmentValue,
                requiredCapabilities, respectCapacity, hardPromise);
    }

    public Fences withLineSplit(boolean allow) {
        return new Fences(allowedTypes, allowedGroups, maxDistanceKm, maxShipments, allow, minShipmentValue,
                requiredCapabilities, respectCapacity, hardPromise);
    }

    public Fences withMinShipmentValue(Long value) {
        return new Fences(allowedTypes, allowedGroups, maxDistanceKm, maxShipments, allowLineSplit, value,
                requiredCapabilities, respectCapacity, hardPromise);
    }

    public Fences withRequiredCapabilities(Set<String> capabilities) {
        return new Fences(allowedTypes, allowedGroups, maxDistanceKm, maxShipments, allowLineSplit, minShipmentValue,
                capabilities, respectCapacity, hardPromise);
    }

    public Fences withRespectCapacity(boolean respect) {
        return new Fences(allowedTypes, allowedGroups, maxDistanceKm, maxShipments, allowLineSplit, minShipmentValue,
                requiredCapabilities, respect, hardPromise);
    }

    public Fences withHardPromise(boolean hard) {
        return new Fences(allowedTypes, allowedGroups, maxDistanceKm, maxShipments, allowLineSplit, minShipmentValue,
                requiredCapabilities, respectCapacity, hard);
    }
}
