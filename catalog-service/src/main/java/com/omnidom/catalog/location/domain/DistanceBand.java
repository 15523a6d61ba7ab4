package com.omnidom.catalog.location.domain;

import java.math.BigDecimal;

/** Cost added when the delivery distance is at most {@code upToKm}; the first matching band applies. */
public record DistanceBand(int upToKm, BigDecimal cost) {
}
