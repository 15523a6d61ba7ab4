package com.omnidom.catalog.location.domain;

import java.math.BigDecimal;
import java.util.List;

/** What fulfilling from the location costs: per order, per unit, plus a band by distance. */
public record CostProfile(String currency, BigDecimal perOrder, BigDecimal perUnit, List<DistanceBand> distanceBands) {

    public CostProfile {
        distanceBands = distanceBands == null ? List.of() : List.copyOf(distanceBands);
    }
}
