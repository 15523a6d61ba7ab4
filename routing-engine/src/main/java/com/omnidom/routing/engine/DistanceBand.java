package com.omnidom.routing.engine;

/** Cost (minor units) of a shipment whose distance is at most {@code upToKm}; the first matching band applies. */
public record DistanceBand(int upToKm, long cost) {
}
