package com.omnidom.kernel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class GeoPointTest {

    private static final GeoPoint BERLIN = new GeoPoint(52.520008, 13.404954);
    private static final GeoPoint MUNICH = new GeoPoint(48.137154, 11.576124);

    @Test
    void distanceIsTheHaversineOnTheMeanEarthRadius() {
        assertThat(BERLIN.distanceKm(MUNICH)).isCloseTo(504.4, within(1.0));
        assertThat(BERLIN.distanceKm(MUNICH)).isEqualTo(MUNICH.distanceKm(BERLIN));
        assertThat(BERLIN.distanceKm(BERLIN)).isZero();
        // a quarter meridian: pi/2 times the radius
        assertThat(new GeoPoint(0, 0).distanceKm(new GeoPoint(90, 0))).isCloseTo(Math.PI / 2 * 6371.0088, within(1e-9));
        assertThat(new GeoPoint(0, 0).distanceKm(new GeoPoint(0, 180))).isCloseTo(Math.PI * 6371.0088, within(1e-9));
    }

    @Test
    void inputOffTheGlobeNamesEachFieldAtFault() {
        assertThatThrownBy(() -> GeoPoint.of(-90.5, 180.1, "geo")).isInstanceOfSatisfying(RuleViolation.class, e ->
                assertThat(e.violations()).extracting(RuleViolation.Violation::field).containsExactly("geo.latitude", "geo.longitude"));
        assertThatThrownBy(() -> GeoPoint.of(0, -181, "origin")).isInstanceOfSatisfying(RuleViolation.class, e ->
                assertThat(e.violations()).extracting(RuleViolation.Violation::field).containsExactly("origin.longitude"));
        assertThat(GeoPoint.of(-90, 180, "geo")).isEqualTo(new GeoPoint(-90, 180));
    }

    @Test
    void rejectsCoordinatesOffTheGlobe() {
        assertThatThrownBy(() -> new GeoPoint(90.1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(-90.1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(0, 180.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
