package com.omnidom.routing.decision.domain;

import com.omnidom.routing.fulfillment.domain.FulfillmentMode;

import java.util.Map;
import java.util.Set;

/**
 * A location as routing sees it at the moment of a decision.
 *
 * @param geo        null when unknown: such a location ranks after every location with a known distance
 * @param capabilities as the catalog names them ({@code SHIP}, {@code PICKUP}, ...)
 * @param available  units that can still be promised per SKU (the inventory replica)
 * @param ordersLeft orders the location can still take today; null means unlimited
 * @param unitsLeft  units the location can still take today; null means unlimited
 */
public record Candidate(String locationId, GeoPoint geo, boolean active, Set<String> capabilities,
                        Map<String, Integer> available, Integer ordersLeft, Integer unitsLeft) {

    public Candidate {
        capabilities = Set.copyOf(capabilities);
        available = Map.copyOf(available);
    }

    public boolean offers(FulfillmentMode mode) {
        return capabilities.contains(mode.name());
    }

    public boolean takesAnotherOrder() {
        return ordersLeft == null || ordersLeft > 0;
    }

    public int available(String sku) {
        return available.getOrDefault(sku, 0);
    }
}
