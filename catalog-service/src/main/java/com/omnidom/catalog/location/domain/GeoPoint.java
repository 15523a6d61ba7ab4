package com.omnidom.catalog.location.domain;

/** WGS 84 coordinates in degrees. */
public record GeoPoint(double latitude, double longitude) {
}
