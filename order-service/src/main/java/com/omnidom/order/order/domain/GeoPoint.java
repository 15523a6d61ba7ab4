package com.omnidom.order.order.domain;

/** WGS 84 degrees. */
public record GeoPoint(double latitude, double longitude) {
}
