package com.omnidom.routing.engine;

/** A location holding stock for the order that a fence kept out, with the first fence that did. */
public record Exclusion(String locationId, Fence fence, String detail) {
}
