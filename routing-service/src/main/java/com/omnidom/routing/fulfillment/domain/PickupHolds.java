package com.omnidom.routing.fulfillment.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How long pickups are held, per type of the location they wait at (the catalog's {@code STORE},
 * {@code FRANCHISE_PARTNER}, ...), and for every other type.
 */
public record PickupHolds(Map<String, PickupHold> byType, PickupHold otherwise) {

    public PickupHolds {
        byType = Map.copyOf(byType);
        Objects.requireNonNull(otherwise, "otherwise");
    }

    /** The hold at a location of this type; a type without its own (or unknown: null) is held {@link #otherwise()}. */
    public PickupHold of(String locationType) {
        return locationType == null ? otherwise : byType.getOrDefault(locationType.toUpperCase(Locale.ROOT), otherwise);
    }
}
