package com.omnidom.inventory.location.domain;

import com.omnidom.inventory.stock.domain.LocationId;
import com.omnidom.kernel.GeoPoint;

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

    /** Great-circle distance (the kernel's haversine) to a point, in km; infinite without geo. */
    public double distanceKm(GeoPoint point) {
        if (!hasGeo()) return Double.POSITIVE_INFINITY;
        return new GeoPoint(latitude, longitude).distanceKm(point);
    }
}
