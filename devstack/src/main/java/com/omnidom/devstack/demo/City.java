package com.omnidom.devstack.demo;

import com.omnidom.kernel.GeoPoint;

/** A real place from GeoNames (see resources/demo/NOTICE.md). */
public record City(long geonamesId, String country, String name, String adminCode, long population,
                   double latitude, double longitude) {

    public GeoPoint geo() {
        return new GeoPoint(latitude, longitude);
    }

    /** Great-circle distance (the kernel's haversine, as routing computes it). */
    public double distanceKm(City other) {
        return geo().distanceKm(other.geo());
    }
}
