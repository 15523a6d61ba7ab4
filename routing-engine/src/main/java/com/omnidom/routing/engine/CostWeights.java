package com.omnidom.routing.engine;

import java.util.Comparator;
import java.util.List;

/**
 * The profile's side of the cost model, all in minor units (see docs/routing-model.md). A shipment from location
 * {@code l} costs {@code l.perShipment + perShipment + units × (l.perUnit + perUnit) + distance + lateness};
 * distance is the location's band (else this profile's band) plus {@code perKm × km}; every shipment after the
 * first adds {@code splitPenalty}; a line left unassigned costs {@code unfulfilledLine + units × unfulfilledUnit}.
 *
 * @param distanceBands    used for locations without bands of their own
 * @param latenessPerDay   per shipment and day after the promise date
 * @param kmPerTransitDay  carrier speed: transit days = max(1, ceil(km / kmPerTransitDay)) when shipping
 * @param unknownDistanceKm distance assumed for a location without coordinates
 */
public record CostWeights(long perShipment, long perUnit, long perKm, List<DistanceBand> distanceBands,
                          long splitPenalty, long latenessPerDay, long unfulfilledLine, long unfulfilledUnit,
                          int kmPerTransitDay, int unknownDistanceKm) {

    /** Plain defaults: € 4.90 a shipment, € 0.30 a unit, € 3 an extra shipment, € 2 a late day, € 50 a missed line. */
    public static final CostWeights DEFAULT = new CostWeights(490, 30, 0, List.of(), 300, 200, 5_000, 0, 600, 1_000);

    public CostWeights {
        distanceBands = distanceBands == null ? List.of()
                : distanceBands.stream().sorted(Comparator.comparingInt(DistanceBand::upToKm)).toList();
        if (kmPerTransitDay <= 0) throw new IllegalArgumentException("kmPerTransitDay must be positive");
        if (unknownDistanceKm < 0) throw new IllegalArgumentException("unknownDistanceKm must not be negative");
        if (perShipment < 0 || perUnit < 0 || perKm < 0 || splitPenalty < 0 || latenessPerDay < 0
                || unfulfilledLine < 0 || unfulfilledUnit < 0) {
            throw new IllegalArgumentException("costs must not be negative");
        }
    }

    public CostWeights withSplitPenalty(long penalty) {
        return new CostWeights(perShipment, perUnit, perKm, distanceBands, penalty, latenessPerDay, unfulfilledLine,
                unfulfilledUnit, kmPerTransitDay, unknownDistanceKm);
    }

    public CostWeights withLatenessPerDay(long perDay) {
        return new CostWeights(perShipment, perUnit, perKm, distanceBands, splitPenalty, perDay, unfulfilledLine,
                unfulfilledUnit, kmPerTransitDay, unknownDistanceKm);
    }

    public CostWeights withPerKm(long cost) {
        return new CostWeights(perShipment, perUnit, cost, distanceBands, splitPenalty, latenessPerDay, unfulfilledLine,
                unfulfilledUnit, kmPerTransitDay, unknownDistanceKm);
    }

    public CostWeights withUnfulfilled(long perLine, long perUnitMissing) {
        return new CostWeights(perShipment, perUnit, perKm, distanceBands, splitPenalty, latenessPerDay, perLine,
                perUnitMissing, kmPerTransitDay, unknownDistanceKm);
    }
}
