package com.omnidom.order.order.domain;

import com.omnidom.kernel.GeoPoint;

import java.time.LocalDate;

/**
 * SHIP to {@code address} (with {@code geo} when the channel knows it), or PICKUP at store {@code pickupLocationId};
 * {@code express}: the customer paid for express shipping; {@code promiseDate}: the day delivery (or readiness for
 * pickup) was promised to the customer, null when nothing was promised.
 */
public record Delivery(DeliveryMode mode, Address address, GeoPoint geo, String pickupLocationId, boolean express,
                       LocalDate promiseDate) {

    public Delivery(DeliveryMode mode, Address address, GeoPoint geo, String pickupLocationId, boolean express) {
        this(mode, address, geo, pickupLocationId, express, null);
    }

    public Delivery(DeliveryMode mode, Address address, GeoPoint geo, String pickupLocationId) {
        this(mode, address, geo, pickupLocationId, false, null);
    }

    public Delivery normalised() {
        return new Delivery(mode, address == null ? null : address.normalised(), geo,
                pickupLocationId == null ? null : pickupLocationId.strip(), express, promiseDate);
    }

    /** The same delivery without a promise that lies before {@code today} (it can no longer be kept). */
    public Delivery withoutPromiseBefore(LocalDate today) {
        return promiseDate == null || !promiseDate.isBefore(today) ? this
                : new Delivery(mode, address, geo, pickupLocationId, express, null);
    }
}
