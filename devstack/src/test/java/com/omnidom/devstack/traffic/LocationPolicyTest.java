package com.omnidom.devstack.traffic;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LocationPolicyTest {

    @Test
    void storesRejectAboutThreePercentAndWarehousesNothing() {
        var policy = new LocationPolicy(7);
        long storeRejects = IntStream.range(0, 20_000).filter(i -> policy.plan("STORE-DE-BERLIN-01", "SHIP").reject()).count();
        long warehouseRejects = IntStream.range(0, 5_000).filter(i -> policy.plan("WH-DE-KASSEL-01", "SHIP").reject()).count();

        assertThat(storeRejects / 20_000.0).isBetween(0.02, 0.04);
        assertThat(warehouseRejects).isZero();
    }

    @Test
    void pickupsAreCollectedAfterTheyAreReadyAndShipmentsCarryATrackingNumber() {
        var policy = new LocationPolicy(7, 0);
        LocationPolicy.Plan pickup = policy.plan("STORE-AT-VIENNA-01", "PICKUP");
        LocationPolicy.Plan ship = policy.plan("WH-FR-ORLEANS-01", "SHIP");

        assertThat(pickup.reject()).isFalse();
        assertThat(pickup.pickedUpAfter()).isBetween(3_000L, 12_000L);
        assertThat(ship.pickedUpAfter()).isZero();
        assertThat(ship.acknowledgeAfter()).isBetween(300L, 1_500L);
        assertThat(ship.shipAfter()).isBetween(2_000L, 8_000L);
        assertThat(ship.carrier()).isIn("DHL", "DPD", "GLS", "UPS");
        assertThat(ship.trackingNumber()).matches("(1Z)?[0-9]{14,20}");
    }

    @Test
    void sameSeedSamePlans() {
        var a = new LocationPolicy(3);
        var b = new LocationPolicy(3);
        for (int i = 0; i < 100; i++) {
            assertThat(a.plan("STORE-DE-KOLN-01", "SHIP")).isEqualTo(b.plan("STORE-DE-KOLN-01", "SHIP"));
        }
    }
}
