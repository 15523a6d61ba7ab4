package com.omnidom.routing.fulfillment.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FulfillmentOrderTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static FulfillmentOrder aFulfillment(FulfillmentMode mode) {
        return FulfillmentOrder.assign(FulfillmentId.random(), UUID.randomUUID(), "WH-1", mode,
                List.of(new LineQuantity("1", "A", 2), new LineQuantity("2", "B", 1)), false, LocalDate.of(2026, 11, 26), NOW);
    }

    private static FulfillmentOrder allocated(FulfillmentMode mode) {
        FulfillmentOrder f = aFulfillment(mode);
        assertThat(f.noteStockAllocated(NOW)).isTrue();
        return f;
    }

    @Test
    void startsAssignedAndCountsItsUnits() {
        FulfillmentOrder f = aFulfillment(FulfillmentMode.SHIP);
        assertThat(f.status()).isEqualTo(FulfillmentStatus.ASSIGNED);
        assertThat(f.units()).isEqualTo(3);
    }

    @Test
    void shipsAfterAcknowledgement() {
        FulfillmentOrder f = allocated(FulfillmentMode.SHIP);
        f.acknowledge(NOW);
        f.ship("DHL", "0034", NOW);
        assertThat(f.status()).isEqualTo(FulfillmentStatus.SHIPPED);
        assertThat(f.carrier()).isEqualTo("DHL");
        assertThat(f.trackingNumber()).isEqualTo("0034");
    }

    @Test
    void shipsWithoutAcknowledgement() {
        FulfillmentOrder f = allocated(FulfillmentMode.SHIP);
        f.ship("DHL", "0034", NOW);
        assertThat(f.status()).isEqualTo(FulfillmentStatus.SHIPPED);
    }

    @Test
    void cannotBeAcknowledgedOrShippedBeforeTheStockIsAllocated() {
        FulfillmentOrder f = aFulfillment(FulfillmentMode.SHIP);
        assertThatThrownBy(() -> f.acknowledge(NOW)).isInstanceOf(TransitionNotAllowed.class).hasMessageContaining("ASSIGNED");
        assertThatThrownBy(() -> f.ship("DHL", "1", NOW)).isInstanceOf(TransitionNotAllowed.class);
        assertThat(f.status()).isEqualTo(FulfillmentStatus.ASSIGNED);
    }

    private static FulfillmentOrder readyForPickup(String code) {
        FulfillmentOrder f = allocated(FulfillmentMode.PICKUP);
        f.readyForPickup(code, NOW);
        return f;
    }

    @Test
    void pickupGoesThroughReadyToPickedUpWithTheCode() {
        FulfillmentOrder f = allocated(FulfillmentMode.PICKUP);
        assertThatThrownBy(() -> f.pickedUpWithCode("004711", NOW)).isInstanceOf(TransitionNotAllowed.class);
        assertThatThrownBy(() -> f.pickedUpOnIdentity("ID card", NOW)).isInstanceOf(TransitionNotAllowed.class);
        f.acknowledge(NOW);
        f.readyForPickup("004711", NOW);
        assertThat(f.pickupCode()).isEqualTo("004711");
        assertThat(f.pickedUpWithCode("004711", NOW)).isTrue();
        assertThat(f.status()).isEqualTo(FulfillmentStatus.PICKED_UP);
        assertThat(f.pickupVerification()).isEqualTo(PickupVerification.PICKUP_CODE);
        assertThatThrownBy(() -> f.pickedUpWithCode("004711", NOW)).isInstanceOf(TransitionNotAllowed.class);
    }

    @Test
    void aWrongCodeIsCountedAndChangesNothingElseUntilCodesAreRefused() {
        FulfillmentOrder f = readyForPickup("004711");
        Instant ready = f.updatedAt();
        for (int i = 1; i <= FulfillmentOrder.MAX_WRONG_PICKUP_CODES; i++) {
            assertThat(f.pickedUpWithCode("4711", NOW.plusSeconds(i))).isFalse();
            assertThat(f.wrongPickupCodes()).isEqualTo(i);
        }
        assertThat(f.status()).isEqualTo(FulfillmentStatus.READY_FOR_PICKUP);
        assertThat(f.updatedAt()).isEqualTo(ready);
        assertThatThrownBy(() -> f.pickedUpWithCode("004711", NOW)).isInstanceOf(TransitionNotAllowed.class)
                .hasMessageContaining("too many wrong codes: check the customer's identity");
        assertThat(f.wrongPickupCodes()).isEqualTo(FulfillmentOrder.MAX_WRONG_PICKUP_CODES);

        f.pickedUpOnIdentity(" ID card ", NOW);
        assertThat(f.status()).isEqualTo(FulfillmentStatus.PICKED_UP);
        assertThat(f.pickupVerification()).isEqualTo(PickupVerification.IDENTITY_CHECK);
        assertThat(f.identityCheck()).isEqualTo("ID card");
    }

    @Test
    void anIdentityCheckSaysWhatWasChecked() {
        FulfillmentOrder f = readyForPickup("004711");
        assertThatThrownBy(() -> f.pickedUpOnIdentity(" ", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.pickedUpOnIdentity("x".repeat(201), NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(f.status()).isEqualTo(FulfillmentStatus.READY_FOR_PICKUP);
        assertThat(f.pickupVerification()).isNull();
    }

    @Test
    void aPickupCodeIsSixDigits() {
        FulfillmentOrder f = allocated(FulfillmentMode.PICKUP);
        assertThatThrownBy(() -> f.readyForPickup("12345", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.readyForPickup(null, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(f.status()).isEqualTo(FulfillmentStatus.ALLOCATED);
        assertThat(f.pickupCode()).isNull();
        assertThat(PickupCode.draw()).matches("[0-9]{6}");
    }

    @Test
    void modesDoNotMix() {
        FulfillmentOrder ship = allocated(FulfillmentMode.SHIP);
        FulfillmentOrder pickup = allocated(FulfillmentMode.PICKUP);
        assertThatThrownBy(() -> ship.readyForPickup("004711", NOW)).isInstanceOf(TransitionNotAllowed.class).hasMessageContaining("SHIP");
        assertThatThrownBy(() -> pickup.ship("DHL", "1", NOW)).isInstanceOf(TransitionNotAllowed.class);
        assertThat(ship.status()).isEqualTo(FulfillmentStatus.ALLOCATED);
        assertThat(pickup.status()).isEqualTo(FulfillmentStatus.ALLOCATED);
    }

    @Test
    void rejectsFromAssignedAllocatedOrAcknowledgedOnly() {
        FulfillmentOrder assigned = aFulfillment(FulfillmentMode.SHIP);
        assigned.reject("NOT_FOUND", NOW);
        assertThat(assigned.status()).isEqualTo(FulfillmentStatus.REJECTED);
        assertThat(assigned.rejectionReason()).isEqualTo("NOT_FOUND");

        FulfillmentOrder acknowledged = allocated(FulfillmentMode.SHIP);
        acknowledged.acknowledge(NOW);
        acknowledged.reject("DAMAGED", NOW);
        assertThat(acknowledged.status()).isEqualTo(FulfillmentStatus.REJECTED);

        FulfillmentOrder shipped = allocated(FulfillmentMode.SHIP);
        shipped.ship("DHL", "1", NOW);
        assertThatThrownBy(() -> shipped.reject("DAMAGED", NOW)).isInstanceOf(TransitionNotAllowed.class);
        assertThatThrownBy(() -> assigned.reject("DAMAGED", NOW)).isInstanceOf(TransitionNotAllowed.class);
        assertThat(assigned.rejectionReason()).isEqualTo("NOT_FOUND");
    }

    @Test
    void allocationOutcomesArriveOnceAndStaleOnesAreIgnored() {
        FulfillmentOrder f = aFulfillment(FulfillmentMode.SHIP);
        assertThat(f.noteStockAllocated(NOW)).isTrue();
        assertThat(f.noteStockAllocated(NOW)).isFalse();
        assertThat(f.noteAllocationFailed(NOW)).isFalse();
        assertThat(f.status()).isEqualTo(FulfillmentStatus.ALLOCATED);

        FulfillmentOrder rejected = aFulfillment(FulfillmentMode.SHIP);
        rejected.reject("NOT_FOUND", NOW);
        assertThat(rejected.noteAllocationFailed(NOW)).isFalse();
        assertThat(rejected.noteStockAllocated(NOW)).isFalse();
        assertThat(rejected.status()).isEqualTo(FulfillmentStatus.REJECTED);

        FulfillmentOrder failed = aFulfillment(FulfillmentMode.SHIP);
        assertThat(failed.noteAllocationFailed(NOW)).isTrue();
        assertThat(failed.status()).isEqualTo(FulfillmentStatus.FAILED);
        assertThatThrownBy(() -> failed.reject("NOT_FOUND", NOW)).isInstanceOf(TransitionNotAllowed.class);
    }

    @Test
    void cancellingSomeUnitsKeepsTheRestAndAllOfThemEndsIt() {
        FulfillmentOrder f = allocated(FulfillmentMode.SHIP);

        assertThat(f.cancel(java.util.Map.of("1", 1, "9", 4), NOW)).containsExactly(new LineQuantity("1", "A", 1));
        assertThat(f.lines()).containsExactly(new LineQuantity("1", "A", 1), new LineQuantity("2", "B", 1));
        assertThat(f.status()).isEqualTo(FulfillmentStatus.ALLOCATED);

        assertThat(f.cancel(java.util.Map.of("1", 5, "2", 1), NOW))
                .containsExactly(new LineQuantity("1", "A", 1), new LineQuantity("2", "B", 1));
        assertThat(f.status()).isEqualTo(FulfillmentStatus.CANCELLED);
        assertThat(f.lines()).isEmpty();
    }

    @Test
    void shippedFulfilmentCannotBeCancelled() {
        FulfillmentOrder f = allocated(FulfillmentMode.SHIP);
        f.ship("DHL", "0034", NOW);
        assertThatThrownBy(() -> f.cancel(java.util.Map.of("1", 1), NOW)).isInstanceOf(TransitionNotAllowed.class);
        assertThat(f.lines()).hasSize(2);
    }

    private static final PickupHold TWO_THEN_SEVEN_DAYS = new PickupHold(Duration.ofDays(2), Duration.ofDays(7));

    @Test
    void aWaitingPickupIsRemindedOnceAfterItsReminderTimeAndExpiresAtTheEndOfItsHold() {
        FulfillmentOrder f = readyForPickup("004711");
        assertThat(f.readySince()).isEqualTo(NOW);
        assertThat(f.pickupDue(TWO_THEN_SEVEN_DAYS, NOW.plus(Duration.ofDays(2)).minusSeconds(1))).isEqualTo(FulfillmentOrder.PickupStep.NONE);
        assertThat(f.pickupDue(TWO_THEN_SEVEN_DAYS, NOW.plus(Duration.ofDays(2)))).isEqualTo(FulfillmentOrder.PickupStep.REMIND);

        f.remindOfPickup(NOW.plus(Duration.ofDays(2)));
        assertThat(f.pickupRemindedAt()).isEqualTo(NOW.plus(Duration.ofDays(2)));
        assertThat(f.status()).isEqualTo(FulfillmentStatus.READY_FOR_PICKUP);
        assertThat(f.updatedAt()).isEqualTo(NOW);
        assertThat(f.pickupDue(TWO_THEN_SEVEN_DAYS, NOW.plus(Duration.ofDays(6)))).isEqualTo(FulfillmentOrder.PickupStep.NONE);
        assertThatThrownBy(() -> f.remindOfPickup(NOW.plus(Duration.ofDays(3)))).isInstanceOf(TransitionNotAllowed.class);

        assertThat(f.pickupDue(TWO_THEN_SEVEN_DAYS, NOW.plus(Duration.ofDays(7)))).isEqualTo(FulfillmentOrder.PickupStep.EXPIRE);
        f.expirePickup(NOW.plus(Duration.ofDays(7)));
        assertThat(f.status()).isEqualTo(FulfillmentStatus.EXPIRED);
        assertThat(f.pickupDue(TWO_THEN_SEVEN_DAYS, NOW.plus(Duration.ofDays(8)))).isEqualTo(FulfillmentOrder.PickupStep.NONE);
        assertThatThrownBy(() -> f.expirePickup(NOW.plus(Duration.ofDays(8)))).isInstanceOf(TransitionNotAllowed.class);
    }

    @Test
    void aPickupPastItsWholeHoldExpiresWithoutAReminder() {
        FulfillmentOrder f = readyForPickup("004711");
        assertThat(f.pickupDue(TWO_THEN_SEVEN_DAYS, NOW.plus(Duration.ofDays(30)))).isEqualTo(FulfillmentOrder.PickupStep.EXPIRE);
        assertThat(allocated(FulfillmentMode.PICKUP).pickupDue(TWO_THEN_SEVEN_DAYS, NOW.plus(Duration.ofDays(30))))
                .isEqualTo(FulfillmentOrder.PickupStep.NONE);
        assertThatThrownBy(() -> allocated(FulfillmentMode.PICKUP).expirePickup(NOW)).isInstanceOf(TransitionNotAllowed.class);
        assertThatThrownBy(() -> allocated(FulfillmentMode.SHIP).remindOfPickup(NOW)).isInstanceOf(TransitionNotAllowed.class);
    }

    @Test
    void anExpiredPickupIsNoLongerHandedOverAndStaysExpiredWhenItsUnitsAreCancelled() {
        FulfillmentOrder f = readyForPickup("004711");
        f.expirePickup(NOW);
        assertThatThrownBy(() -> f.pickedUpWithCode("004711", NOW)).isInstanceOf(TransitionNotAllowed.class).hasMessageContaining("expired");
        assertThatThrownBy(() -> f.pickedUpOnIdentity("ID card", NOW)).isInstanceOf(TransitionNotAllowed.class);
        assertThat(f.status().holdsLines()).isTrue();
        assertThat(f.status().givenUp()).isTrue();
        assertThat(f.ended()).isFalse();

        assertThat(f.cancel(java.util.Map.of("1", 2, "2", 1), NOW)).hasSize(2);
        assertThat(f.status()).isEqualTo(FulfillmentStatus.EXPIRED);
        assertThat(f.lines()).isEmpty();
        assertThat(f.ended()).isTrue();
    }
}
