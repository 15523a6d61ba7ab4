package com.omnidom.routing.engine;

/** Why a location could not serve the order at all. */
public enum Fence {
    INACTIVE, EXCLUDED_FOR_ORDER, NOT_PICKUP_STORE, CAPABILITY, LOCATION_TYPE, LOCATION_GROUP, MAX_DISTANCE,
    ORDER_CAPACITY, UNITS_CAPACITY, PROMISE, MIN_SHIPMENT_VALUE
}
