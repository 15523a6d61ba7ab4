package com.omnidom.routing.replica.application;

import java.util.List;

/**
 * What routing keeps of a delivery location.
 *
 * @param latitude     null (with longitude) when the catalog sent no coordinates
 * @param ordersPerDay null means unlimited
 * @param unitsPerDay  null means unlimited
 */
public record ReplicaLocation(String locationId, long version, String type, Double latitude, Double longitude,
                              String timeZone, List<String> capabilities, Integer ordersPerDay, Integer unitsPerDay,
                              boolean active) {

    public ReplicaLocation {
        capabilities = List.copyOf(capabilities);
    }
}
