package com.omnidom.catalog.location.domain;

/** Most work the location takes per day; null means no limit. */
public record Capacity(Integer ordersPerDay, Integer unitsPerDay) {
}
