package com.omnidom.inventory;

import com.omnidom.events.catalog.LocationChanged;
import com.omnidom.events.catalog.LocationChanged.Capability;
import com.omnidom.events.catalog.LocationChanged.LocationType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Location snapshots as the catalog publishes them. */
public final class Locations {

    private Locations() {
    }

    public static LocationChanged aStore(String id, String postalCode, double latitude, double longitude, long version) {
        return location(id, LocationType.STORE, postalCode, latitude, longitude, version, List.of(Capability.PICKUP, Capability.SHIP));
    }

    public static LocationChanged aWarehouse(String id, String postalCode, double latitude, double longitude, long version) {
        return location(id, LocationType.WAREHOUSE, postalCode, latitude, longitude, version, List.of(Capability.SHIP));
    }

    public static LocationChanged location(String id, LocationType type, String postalCode, double latitude, double longitude,
                                           long version, List<Capability> capabilities) {
        return new LocationChanged(UUID.randomUUID(), Instant.now(), id, version, type, "Location " + id,
                new LocationChanged.Address("Main St 1", postalCode, "Berlin", "DE"),
                new LocationChanged.GeoPoint(latitude, longitude), "Europe/Berlin", List.of(), List.of(), null, null,
                capabilities, null, true);
    }
}
