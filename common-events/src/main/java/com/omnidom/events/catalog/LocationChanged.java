package com.omnidom.events.catalog;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.ContractLists;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * The full current state of a delivery location after a change. Published on the compacted
 * {@code catalog.locations.v1} topic keyed by location id.
 */
public record LocationChanged(
        UUID eventId,
        Instant occurredAt,
        String locationId,
        long version,
        LocationType type,
        String name,
        Address address,
        GeoPoint geo,
        String timeZone,
        List<OpeningHours> openingHours,
        List<OpeningException> openingExceptions,
        Capacity capacity,
        CostProfile costProfile,
        List<Capability> capabilities,
        String partnerId,
        boolean active) implements ContractEvent {

    public LocationChanged {
        openingHours = ContractLists.of(openingHours);
        openingExceptions = ContractLists.of(openingExceptions);
        capabilities = ContractLists.of(capabilities);
    }

    public enum LocationType { WAREHOUSE, STORE, DROP_SHIPPER, LOGISTICS_PROVIDER, FRANCHISE_PARTNER }

    public enum Capability { SHIP, PICKUP, SHIP_TO_STORE, ACCEPT_RETURNS }

    public record Address(String street, String postalCode, String city, String country) {
    }

    public record GeoPoint(double latitude, double longitude) {
    }

    /** Regular hours on one weekday, local time of the location. */
    public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
    }

    /** A date that deviates from the weekly hours: closed, or open with other hours. */
    public record OpeningException(LocalDate date, boolean closed, LocalTime opens, LocalTime closes) {
    }

    /** Maximum work a location takes per day; null means unlimited. */
    public record Capacity(Integer ordersPerDay, Integer unitsPerDay) {
    }

    /** What fulfilling from this location costs: per order, per unit, plus a band by distance. */
    public record CostProfile(String currency,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal perOrder,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal perUnit,
                              List<DistanceBand> distanceBands) {
        public CostProfile {
            distanceBands = ContractLists.of(distanceBands);
        }
    }

    /** Cost added when the delivery distance is at most {@code upToKm} (the first matching band applies). */
    public record DistanceBand(int upToKm, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal cost) {
    }

    @Override
    @JsonIgnore
    public String subject() {
        return locationId;
    }
}
