package com.omnidom.order.order.domain;

/** SHIP to {@code address} (with {@code geo} when the channel knows it), or PICKUP at store {@code pickupLocationId}. */
public record Delivery(DeliveryMode mode, Address address, GeoPoint geo, String pickupLocationId) {
}
