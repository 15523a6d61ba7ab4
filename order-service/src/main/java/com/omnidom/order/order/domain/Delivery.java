package com.omnidom.order.order.domain;

/**
 * SHIP to {@code address} (with {@code geo} when the channel knows it), or PICKUP at store {@code pickupLocationId};
 * {@code express}: the customer paid for express shipping.
 */
public record Delivery(DeliveryMode mode, Address address, GeoPoint geo, String pickupLocationId, boolean express) {

    public Delivery(DeliveryMode mode, Address address, GeoPoint geo, String pickupLocationId) {
        this(mode, address, geo, pickupLocationId, false);
    }

    public Delivery normalised() {
        return new Delivery(mode, address == null ? null : address.normalised(), geo,
                pickupLocationId == null ? null : pickupLocationId.strip(), express);
    }
}
