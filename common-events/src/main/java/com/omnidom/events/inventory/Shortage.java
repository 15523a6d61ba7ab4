package com.omnidom.events.inventory;

/** A line that could not be allocated: {@code available} units were there for {@code requested}. */
public record Shortage(String lineId, String sku, int requested, int available) {
}
