package com.omnidom.order.catalog.domain;

import java.util.List;

/**
 * What order-service keeps of a catalog location: enough to check a pickup store and to name where the customer
 * collects (name, address, geo).
 *
 * @param capabilities the catalog's capability names, e.g. {@code PICKUP}, {@code SHIP}
 * @param latitude     null when the catalog has no geo point for it
 */
public record CatalogLocation(String locationId, long version, String name, String street, String postalCode,
                              String city, String country, Double latitude, Double longitude,
                              List<String> capabilities, boolean active) {

    public static final String PICKUP = "PICKUP";

    public CatalogLocation {
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
    }

    public boolean takesPickups() {
        return capabilities.contains(PICKUP);
    }
}
