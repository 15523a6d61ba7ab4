package com.omnidom.inventory.availability.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param publishInterval  the coalescing window: changes of one key within it become one AvailabilityChanged; it
 *                         starts when a commit wakes the publisher
 * @param publishCheck     how often marks are looked for without a wake-up (another instance's, a missed wake-up)
 * @param publishBatchSize keys per publishing transaction
 * @param cacheSize        articles whose positions the ATP cache keeps
 * @param cacheTtl         upper bound of an entry's age, on top of the eviction by inventory.availability.v1
 * @param defaultRadiusKm  stores considered around a point when the request names no radius
 */
@ConfigurationProperties("omnidom.inventory.availability")
public record AvailabilityProperties(
        @DefaultValue("200ms") Duration publishInterval,
        @DefaultValue("5s") Duration publishCheck,
        @DefaultValue("1000") int publishBatchSize,
        @DefaultValue("100000") int cacheSize,
        @DefaultValue("30s") Duration cacheTtl,
        @DefaultValue("50") double defaultRadiusKm) {
}
