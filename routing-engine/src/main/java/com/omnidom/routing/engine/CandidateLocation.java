package com.omnidom.routing.engine;

import com.omnidom.kernel.GeoPoint;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A location as the engine sees it at the moment of a decision.
 *
 * @param geo          null when unknown (the profile's {@code unknownDistanceKm} is assumed)
 * @param groups       the planner's groups (region, cluster ...) the fences can name
 * @param capabilities as the catalog names them ({@code SHIP}, {@code PICKUP}, ...)
 * @param stock        per SKU; a SKU not in the map has no stock
 * @param ordersLeft   orders the location can still take today; null means unlimited
 * @param unitsLeft    units the location can still take today; null means unlimited
 * @param handlingDays days from release to hand-over to the carrier (or ready for pickup)
 */
public record CandidateLocation(String locationId, LocationType type, GeoPoint geo, Set<String> groups,
                                Set<String> capabilities, boolean active, Map<String, Stock> stock,
                                Integer ordersLeft, Integer unitsLeft, LocationCosts costs, int handlingDays) {

    public CandidateLocation {
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(type, "type");
        groups = groups == null ? Set.of() : Set.copyOf(groups);
        capabilities = capabilities == null ? Set.of() : Set.copyOf(capabilities);
        // a HashMap compares cached hashes before keys: most look-ups miss, and Map.copyOf's table compares keys
        stock = stock == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(stock));
        costs = costs == null ? LocationCosts.NONE : costs;
    }

    public Stock stock(String sku) {
        return stock.get(sku);
    }

    /** A copy with other stock and capacity (the replay consumes them as it goes). */
    public CandidateLocation with(Map<String, Stock> newStock, Integer newOrdersLeft, Integer newUnitsLeft) {
        return new CandidateLocation(locationId, type, geo, groups, capabilities, active, newStock, newOrdersLeft,
                newUnitsLeft, costs, handlingDays);
    }
}
