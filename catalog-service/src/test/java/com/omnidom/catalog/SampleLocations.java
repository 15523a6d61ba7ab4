package com.omnidom.catalog;

import com.omnidom.catalog.location.application.LocationDocument;
import com.omnidom.catalog.location.domain.Capability;
import com.omnidom.catalog.location.domain.LocationType;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Location documents for tests: a valid Berlin store, changed one aspect at a time. */
public final class SampleLocations {

    private SampleLocations() {
    }

    public static LocationDocument aStore(String id) {
        return new LocationDocument(id, LocationType.STORE, "Store " + id,
                new LocationDocument.Address("Alexanderplatz 1", "10178", "Berlin", "DE"),
                new LocationDocument.Geo(52.52, 13.40), "Europe/Berlin",
                List.of(new LocationDocument.Hours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(20, 0)),
                        new LocationDocument.Hours(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(18, 0))),
                List.of(new LocationDocument.HoursException(LocalDate.of(2026, 12, 25), true, null, null)),
                new LocationDocument.Capacity(200, 600),
                new LocationDocument.CostProfile("EUR", new BigDecimal("2.50"), new BigDecimal("0.40"),
                        List.of(new LocationDocument.DistanceBand(50, new BigDecimal("3.90")))),
                List.of(Capability.SHIP, Capability.PICKUP), null, true);
    }

    public static LocationDocument with(LocationDocument d, LocationType type, String country, List<Capability> capabilities,
                                        String partnerId, boolean active) {
        var a = d.address();
        return new LocationDocument(d.id(), type, d.name(), new LocationDocument.Address(a.street(), a.postalCode(), a.city(), country),
                d.geo(), d.timeZone(), d.openingHours(), d.openingExceptions(), d.capacity(), d.costProfile(),
                capabilities, partnerId, active);
    }

    public static LocationDocument withName(LocationDocument d, String name) {
        return new LocationDocument(d.id(), d.type(), name, d.address(), d.geo(), d.timeZone(), d.openingHours(),
                d.openingExceptions(), d.capacity(), d.costProfile(), d.capabilities(), d.partnerId(), d.active());
    }

    public static LocationDocument withGeo(LocationDocument d, double latitude, double longitude) {
        return new LocationDocument(d.id(), d.type(), d.name(), d.address(), new LocationDocument.Geo(latitude, longitude),
                d.timeZone(), d.openingHours(), d.openingExceptions(), d.capacity(), d.costProfile(), d.capabilities(),
                d.partnerId(), d.active());
    }

    public static LocationDocument withoutOpeningHours(LocationDocument d) {
        return new LocationDocument(d.id(), d.type(), d.name(), d.address(), d.geo(), d.timeZone(), List.of(),
                d.openingExceptions(), d.capacity(), d.costProfile(), d.capabilities(), d.partnerId(), d.active());
    }

    public static LocationDocument withTimeZone(LocationDocument d, String zone) {
        return new LocationDocument(d.id(), d.type(), d.name(), d.address(), d.geo(), zone, d.openingHours(),
                d.openingExceptions(), d.capacity(), d.costProfile(), d.capabilities(), d.partnerId(), d.active());
    }

    public static LocationDocument withPerOrderCost(LocationDocument d, String perOrder) {
        var c = d.costProfile();
        return new LocationDocument(d.id(), d.type(), d.name(), d.address(), d.geo(), d.timeZone(), d.openingHours(),
                d.openingExceptions(), d.capacity(),
                new LocationDocument.CostProfile(c.currency(), new BigDecimal(perOrder), c.perUnit(), c.distanceBands()),
                d.capabilities(), d.partnerId(), d.active());
    }
}
