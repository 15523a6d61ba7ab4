package com.omnidom.inventory.stock.domain;

/** What happens to allocated units that are given back (a configurable rejection reason decides it). */
public enum ReleaseEffect {
    /** back to available (a cancellation, or a rejection that says nothing about the goods) */
    RELEASE,
    /** still on hand but not sellable (e.g. damaged): available does not grow */
    BLOCK,
    /** gone (e.g. not found): on hand drops to what is still allocated or blocked, so nothing is available */
    WRITE_OFF
}
