package com.omnidom.routing.engine.scenario;

import com.omnidom.kernel.GeoPoint;

/** A real place with its population (GeoNames via cities-eu.csv). */
public record City(String name, String country, long population, GeoPoint geo) {
}
