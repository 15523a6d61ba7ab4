package com.omnidom.routing.engine;

/** A line the decision leaves unrouted, and why (for people and for retrying later). */
public record UnassignedLine(String lineId, String sku, int quantity, String reason) {
}
