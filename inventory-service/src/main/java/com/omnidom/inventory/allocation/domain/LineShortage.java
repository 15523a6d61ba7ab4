package com.omnidom.inventory.allocation.domain;

/**
 * A line that could not be allocated: {@code available} units were left for it (after the lines before it in
 * lock order took theirs) where {@code requested} were needed.
 */
public record LineShortage(String lineId, String sku, int requested, int available) {
}
