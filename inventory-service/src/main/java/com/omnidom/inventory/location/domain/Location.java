package com.omnidom.inventory.location.domain;

import com.omnidom.inventory.stock.domain.LocationId;

import java.util.Objects;
import java.util.Set;

/**
 * A delivery location as the catalog last published it. {@code latitude}/{@code longitude} may be null (no geo).
 *
 * @param type         WAREHOUSE, STORE, DROP_SHIPPER, ... (the catalog's names)
 * @param capabilities SHIP, PICKUP, SHIP_TO_STORE, ACCEPT_RETURNS
 */
public record Location(LocationId id, String type, String name, String postalCode, String city, String country,
                       Double latitude, Double longitude, String timeZone, Set<String> capabilities, boolean active,
                       long version) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    public Location {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        capabilities = Set.copyOf(capabilities);
    }

    public boolean can(String capability) {
        return active && capabilities.contains(capability);
    }

    public boolean hasGeo() {
        return latitude != null && longitude != null;
    }

    /** Great-circle distance (haversine) to a point, in km; infinite without geo. */
    public double distanceKm(double lat, double lon) {
        if (!hasGeo()) return Double.POSITIVE_INFINITY;
        double dLat = Math.toRadians(lat - latitude);
        double dLon = Math.toRadians(lon - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
