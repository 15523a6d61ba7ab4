package com.omnidom.catalog.location.domain;

import com.omnidom.kernel.GeoPoint;
import com.omnidom.kernel.RuleViolation;
import com.omnidom.kernel.RuleViolation.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocationRulesTest {

    static final OpeningHours MONDAY = new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(20, 0));

    static LocationContent store(LocationType type, GeoPoint geo, List<OpeningHours> hours, List<Capability> capabilities,
                                 String partnerId) {
        return new LocationContent(type, "Store", new Address("Street 1", "10178", "Berlin", "DE"), geo, "Europe/Berlin",
                hours, List.of(), new Capacity(10, 30),
                new CostProfile("EUR", new BigDecimal("2.50"), new BigDecimal("0.40"),
                        List.of(new DistanceBand(50, new BigDecimal("3.90")))), capabilities, partnerId, true);
    }

    static List<String> fields(LocationContent content) {
        return content.violations().stream().map(Violation::field).toList();
    }

    @Test
    void acceptsAValidStore() {
        assertThat(store(LocationType.STORE, new GeoPoint(52.52, 13.4), List.of(MONDAY), List.of(Capability.PICKUP), null)
                .violations()).isEmpty();
    }

    @Test
    void coordinatesMustBeOnEarth() {
        // the content holds a kernel GeoPoint, on the globe by construction; input off it is refused naming both fields
        assertThatThrownBy(() -> GeoPoint.of(-90.5, 180.1, "geo")).isInstanceOfSatisfying(RuleViolation.class, e ->
                assertThat(e.violations().stream().map(Violation::field)).containsExactly("geo.latitude", "geo.longitude"));
        assertThat(fields(store(LocationType.WAREHOUSE, GeoPoint.of(-90, 180, "geo"), List.of(), List.of(), null))).isEmpty();
    }

    @Test
    void pickupNeedsOpeningHours() {
        assertThat(fields(store(LocationType.STORE, new GeoPoint(0, 0), List.of(), List.of(Capability.PICKUP), null)))
                .containsExactly("openingHours");
    }

    @Test
    void partnerRunLocationsNeedTheirPartner() {
        assertThat(fields(store(LocationType.DROP_SHIPPER, new GeoPoint(0, 0), List.of(), List.of(), null))).containsExactly("partnerId");
        assertThat(fields(store(LocationType.FRANCHISE_PARTNER, new GeoPoint(0, 0), List.of(), List.of(), " "))).containsExactly("partnerId");
        assertThat(fields(store(LocationType.FRANCHISE_PARTNER, new GeoPoint(0, 0), List.of(), List.of(), "P-1"))).isEmpty();
    }

    @Test
    void openingHoursMustCloseAfterOpeningAndNotOverlapOnADay() {
        var late = new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(19, 0), LocalTime.of(21, 0));
        var backwards = new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(12, 0), LocalTime.of(8, 0));
        var afternoon = new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(20, 0), LocalTime.of(22, 0));
        assertThat(fields(store(LocationType.STORE, new GeoPoint(0, 0), List.of(MONDAY, late, backwards), List.of(), null)))
                .containsExactly("openingHours[1].opens", "openingHours[2].closes");
        assertThat(fields(store(LocationType.STORE, new GeoPoint(0, 0), List.of(MONDAY, afternoon), List.of(), null))).isEmpty();
    }

    @Test
    void exceptionsAreClosedWithoutHoursOrOpenWithHoursOncePerDate() {
        LocalDate christmas = LocalDate.of(2026, 12, 25);
        var content = new LocationContent(LocationType.STORE, "S", new Address(null, null, "Berlin", "DE"), new GeoPoint(0, 0),
                "Europe/Berlin", List.of(), List.of(
                new OpeningException(christmas, true, LocalTime.NOON, null),
                new OpeningException(christmas, false, null, null)), null, null, List.of(), null, true);
        assertThat(fields(content)).containsExactly("openingExceptions[0].opens", "openingExceptions[1].date",
                "openingExceptions[1].opens", "openingExceptions[1].closes");
    }

    @Test
    void costsAreMoneyAndBandsGrow() {
        var content = new LocationContent(LocationType.WAREHOUSE, "W", new Address(null, null, "Berlin", "DE"), new GeoPoint(0, 0),
                "Europe/Berlin", List.of(), List.of(), null,
                new CostProfile("EUR", new BigDecimal("-1"), new BigDecimal("0.001"),
                        List.of(new DistanceBand(50, BigDecimal.ONE), new DistanceBand(50, BigDecimal.TEN))),
                List.of(), null, true);
        assertThat(fields(content)).containsExactly("costProfile.perOrder", "costProfile.perUnit",
                "costProfile.distanceBands[1].upToKm");
    }

    @Test
    void zoneCountryAndCapabilitiesAreChecked() {
        var content = new LocationContent(LocationType.STORE, "S", new Address(null, null, "Berlin", "Germany"),
                new GeoPoint(0, 0), "Berlin", List.of(), List.of(), new Capacity(-1, null), null,
                List.of(Capability.SHIP, Capability.SHIP), null, true);
        assertThat(fields(content)).containsExactly("address.country", "timeZone", "capacity.ordersPerDay", "capabilities[1]");
    }

    @Test
    void unchangedContentIsNoChange() {
        Location location = Location.create(new LocationId("S-1"),
                store(LocationType.STORE, new GeoPoint(1, 2), List.of(MONDAY), List.of(), null), Instant.EPOCH);
        assertThat(location.replaceWith(store(LocationType.STORE, new GeoPoint(1, 2), List.of(MONDAY), List.of(), null),
                Instant.EPOCH)).isFalse();
        assertThat(location.replaceWith(store(LocationType.STORE, new GeoPoint(1, 3), List.of(MONDAY), List.of(), null),
                Instant.EPOCH)).isTrue();
    }
}
