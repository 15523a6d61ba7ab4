package com.omnidom.routing.lab.cities;

import com.omnidom.kernel.GeoPoint;

/** A real place from GeoNames with its population (see the NOTICE.md beside cities-eu.csv). */
public record City(long geonamesId, String country, String name, String adminCode, long population, GeoPoint geo) {

    /** Great-circle distance (the kernel's haversine, as routing computes it). */
    public double distanceKm(City other) {
        return geo.distanceKm(other.geo);
    }
}
