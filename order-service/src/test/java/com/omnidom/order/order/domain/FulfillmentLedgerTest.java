package com.omnidom.order.order.domain;

import com.omnidom.kernel.IllegalTransition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FulfillmentLedgerTest {

    private final FulfillmentId wh1 = new FulfillmentId(UUID.randomUUID());
    private final FulfillmentLedger twoLines = new FulfillmentLedger(List.of(
            new FulfillmentLedger.Line("1", "SKU-1", LineQuantities.of(2)),
            new FulfillmentLedger.Line("2", "SKU-2", LineQuantities.of(1))), List.of());

    @Test
    void aTransitionReturnsTheNextLedgerAndLeavesTheOldOneAsItWas() {
        FulfillmentLedger assigned = twoLines.assign(wh1, "WH-1", List.of(q("1", 2), q("2", 1)));

        assertThat(assigned.quantities("1").assigned()).isEqualTo(2);
        assertThat(assigned.find(wh1).status()).isEqualTo(FulfillmentStatus.ASSIGNED);
        assertThat(twoLines.quantities("1")).isEqualTo(LineQuantities.of(2));
        assertThat(twoLines.fulfillments()).isEmpty();
    }

    @Test
    void anAssignmentBeyondTheFreeUnitsWaitsForTheEarlierOneToBeGivenBack() {
        FulfillmentLedger assigned = twoLines.assign(wh1, "WH-1", List.of(q("1", 2)));
        FulfillmentId rerouted = new FulfillmentId(UUID.randomUUID());

        assertThatThrownBy(() -> assigned.assign(rerouted, "WH-2", List.of(q("1", 2))))
                .isInstanceOf(ProgressAhead.class).hasMessageStartingWith("line 1: cannot assign 2 more units");
        assertThat(assigned.reject(wh1).assign(rerouted, "WH-2", List.of(q("1", 2))).quantities("1").assigned())
                .isEqualTo(2);
    }

    @Test
    void aFactRefusedForOneLineChangesNoLine() {
        FulfillmentLedger assigned = twoLines.assign(wh1, "WH-1", List.of(q("1", 2), q("2", 1)));

        assertThatThrownBy(() -> assigned.handOver(wh1, List.of(q("2", 1), q("1", 3)), LineQuantities::ship,
                FulfillmentStatus.SHIPPED)).isInstanceOf(ImpossibleProgress.class).hasMessageStartingWith("line 1:");
        assertThatThrownBy(() -> assigned.markUnroutable(List.of(new LineQuantity("2", "OTHER", 1))))
                .isInstanceOf(ImpossibleProgress.class).hasMessageContaining("is SKU-2, not OTHER");
        assertThatThrownBy(() -> assigned.receiveReturn(List.of()))
                .isInstanceOf(ImpossibleProgress.class).hasMessageContaining("names no lines");
    }

    @Test
    void aFulfilmentsShareOfAllocatedIsAllocatedMinusReleasedAtMostWhatItStillHolds() {
        FulfillmentLedger allocated = twoLines.assign(wh1, "WH-1", List.of(q("1", 2))).allocate(wh1, List.of(q("1", 2)));
        FulfillmentLedger cancelled = allocated.cancel(List.of(q("1", 1)));

        FulfillmentLedger takenOff = cancelled.cancelFulfillment(wh1, List.of(q("1", 1)));
        assertThat(takenOff.quantities("1")).isEqualTo(new LineQuantities(2, 1, 1, 0, 0, 0, 0, 0, 0, 1));
        // inventory's release of the same unit counts once
        FulfillmentLedger released = takenOff.release(wh1, List.of(q("1", 1)));
        assertThat(released.quantities("1")).isEqualTo(new LineQuantities(2, 1, 1, 0, 0, 0, 0, 0, 0, 1));
        assertThat(released.find(wh1).allocatedNow()).containsExactly(q("1", 1));
        assertThat(released.find(wh1).status()).isEqualTo(FulfillmentStatus.ASSIGNED);

        FulfillmentLedger empty = released.cancel(List.of(q("1", 1))).cancelFulfillment(wh1, List.of(q("1", 1)));
        assertThat(empty.find(wh1).status()).isEqualTo(FulfillmentStatus.CANCELLED);
        assertThat(empty.quantities("1").allocated()).isZero();
    }

    @Test
    void aRejectionGivesBackTheUnitsAndTheirAllocation() {
        FulfillmentLedger rejected = twoLines.assign(wh1, "STORE-1", List.of(q("1", 2))).allocate(wh1, List.of(q("1", 2)))
                .reject(wh1);

        assertThat(rejected.quantities("1")).isEqualTo(LineQuantities.of(2));
        assertThat(rejected.find(wh1).status()).isEqualTo(FulfillmentStatus.REJECTED);
        assertThatThrownBy(() -> rejected.active(wh1)).isInstanceOf(ImpossibleProgress.class);
        assertThatThrownBy(() -> rejected.acknowledge(wh1)).isInstanceOf(ImpossibleProgress.class);
    }

    @Test
    void anExpiredPickupsUnitsAreCancelledFromTheStoreAndItStaysExpiredWhenRoutingAndInventoryAnswerInEitherOrder() {
        FulfillmentLedger waiting = twoLines.assign(wh1, "STORE-1", List.of(q("1", 2), q("2", 1)))
                .allocate(wh1, List.of(q("1", 2), q("2", 1)))
                .handOver(wh1, List.of(q("1", 2), q("2", 1)), LineQuantities::readyForPickup, FulfillmentStatus.READY_FOR_PICKUP);
        assertThatThrownBy(() -> waiting.cancel(List.of(q("1", 1)))).isInstanceOf(IllegalTransition.class);

        FulfillmentLedger expired = waiting.expirePickup(wh1, List.of(q("1", 2), q("2", 1)));
        assertThat(expired.quantities("1")).isEqualTo(new LineQuantities(2, 2, 2, 0, 0, 0, 0, 0, 0, 2));
        assertThat(expired.find(wh1).status()).isEqualTo(FulfillmentStatus.EXPIRED);
        assertThat(expired.openUnits()).isEmpty();
        assertThatThrownBy(() -> expired.expirePickup(wh1, List.of(q("1", 2)))).isInstanceOf(ImpossibleProgress.class);
        assertThatThrownBy(() -> waiting.expirePickup(wh1, List.of(q("1", 3)))).isInstanceOf(ImpossibleProgress.class);

        List<LineQuantity> all = List.of(q("1", 2), q("2", 1));
        FulfillmentLedger routingFirst = expired.cancelFulfillment(wh1, all).release(wh1, all);
        FulfillmentLedger inventoryFirst = expired.release(wh1, all).cancelFulfillment(wh1, all);
        for (FulfillmentLedger settled : List.of(routingFirst, inventoryFirst)) {
            assertThat(settled.quantities("1")).isEqualTo(new LineQuantities(2, 0, 0, 0, 0, 0, 0, 0, 0, 2));
            assertThat(settled.quantities("2")).isEqualTo(new LineQuantities(1, 0, 0, 0, 0, 0, 0, 0, 0, 1));
            assertThat(settled.find(wh1).status()).isEqualTo(FulfillmentStatus.EXPIRED);
        }
        assertThatThrownBy(() -> twoLines.assign(wh1, "WH-1", List.of(q("1", 2))).expirePickup(wh1, List.of(q("1", 2))))
                .isInstanceOf(ImpossibleProgress.class).hasMessageContaining("not waiting for pickup");
    }

    @Test
    void anAllocationOrReleaseBeforeItsAssignmentWaits() {
        assertThatThrownBy(() -> twoLines.allocate(wh1, List.of(q("1", 1)))).isInstanceOf(ProgressAhead.class);
        assertThatThrownBy(() -> twoLines.release(wh1, List.of(q("1", 1)))).isInstanceOf(ProgressAhead.class);
        assertThatThrownBy(() -> twoLines.cancelFulfillment(wh1, List.of(q("1", 1)))).isInstanceOf(ImpossibleProgress.class);
    }

    @Test
    void openUnitsAreWhatIsNeitherCancelledNorHandedOver() {
        FulfillmentLedger shipped = twoLines.assign(wh1, "WH-1", List.of(q("1", 2)))
                .handOver(wh1, List.of(q("1", 1)), LineQuantities::ship, FulfillmentStatus.SHIPPED);

        assertThat(shipped.openUnits()).containsExactly(new LineQuantity("1", "SKU-1", 1), new LineQuantity("2", "SKU-2", 1));
        assertThat(shipped.cancel(List.of(q("2", 1))).cancelledUnits()).isEqualTo(1);
    }

    private static LineQuantity q(String lineId, int quantity) {
        return new LineQuantity(lineId, null, quantity);
    }
}
