package com.omnidom.kernel;

import com.omnidom.kernel.RuleViolation.Violation;

import java.util.ArrayList;
import java.util.List;

/** A point on earth in degrees (WGS 84). */
public record GeoPoint(double latitude, double longitude) {

    /** Mean earth radius (IUGG), the one routing costs have always been computed with. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) throw new IllegalArgumentException("latitude must be -90..90");
        if (!(longitude >= -180 && longitude <= 180)) throw new IllegalArgumentException("longitude must be -180..180");
    }

    /**
     * The point from client input: coordinates off the globe are a {@link RuleViolation} naming
     * {@code field.latitude} and/or {@code field.longitude} (e.g. {@code geo.latitude}), both at once.
     */
    public static GeoPoint of(double latitude, double longitude, String field) {
        List<Violation> violations = new ArrayList<>(2);
        if (!(latitude >= -90 && latitude <= 90)) violations.add(new Violation(field + ".latitude", "must be between -90 and 90"));
        if (!(longitude >= -180 && longitude <= 180)) {
            violations.add(new Violation(field + ".longitude", "must be between -180 and 180"));
        }
        if (!violations.isEmpty()) throw new RuleViolation(violations);
        return new GeoPoint(latitude, longitude);
    }

    /** Great-circle distance (haversine, mean earth radius): good to about 0.5 %, enough for cost bands. */
    public double distanceKm(GeoPoint other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double sinLat = Math.sin(dLat / 2);
        double sinLon = Math.sin(dLon / 2);
        double a = sinLat * sinLat
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(other.latitude)) * sinLon * sinLon;
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
