package com.omnidom.kernel;

/** A point on earth in degrees (WGS 84). */
public record GeoPoint(double latitude, double longitude) {

    /** Mean earth radius (IUGG), the one routing costs have always been computed with. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) throw new IllegalArgumentException("latitude must be -90..90");
        if (!(longitude >= -180 && longitude <= 180)) throw new IllegalArgumentException("longitude must be -180..180");
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
