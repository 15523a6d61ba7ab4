package com.omnidom.routing.engine;

import java.util.Comparator;
import java.util.List;

/**
 * What shipping from a location costs, in minor units (the catalog's cost profile).
 * A distance beyond the last band costs the last band.
 */
public record LocationCosts(long perShipment, long perUnit, List<DistanceBand> distanceBands) {

    public static final LocationCosts NONE = new LocationCosts(0, 0, List.of());

    public LocationCosts {
        distanceBands = distanceBands == null ? List.of()
                : distanceBands.stream().sorted(Comparator.comparingInt(DistanceBand::upToKm)).toList();
    }
}
