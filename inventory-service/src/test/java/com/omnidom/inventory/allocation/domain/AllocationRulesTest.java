package com.omnidom.inventory.allocation.domain;

import com.omnidom.inventory.stock.domain.InvalidStock;
import com.omnidom.inventory.stock.domain.LocationId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AllocationRulesTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    static FulfillmentOrder order(AllocationLine... lines) {
        return new FulfillmentOrder(UUID.randomUUID(), new FulfillmentId(UUID.randomUUID()), new LocationId("WH-1"), List.of(lines));
    }

    @Test
    void anAllocatedOrderIsReleasedOnceAndThenHoldsNothing() {
        Allocation allocation = Allocation.allocated(order(new AllocationLine("1", "A", 2)), NOW);
        assertThat(allocation.holdsStock()).isTrue();

        allocation.release(NOW);

        assertThat(allocation.state()).isEqualTo(AllocationState.RELEASED);
        assertThat(allocation.holdsStock()).isFalse();
        assertThatThrownBy(() -> allocation.release(NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> allocation.ship(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shippedGoodsCannotBeReleased() {
        Allocation allocation = Allocation.allocated(order(new AllocationLine("1", "A", 2)), NOW);

        allocation.ship(NOW);

        assertThat(allocation.state()).isEqualTo(AllocationState.SHIPPED);
        assertThatThrownBy(() -> allocation.release(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailedAllocationHoldsNothingAndNamesItsShortages() {
        FulfillmentOrder order = order(new AllocationLine("1", "A", 2));
        Allocation failed = Allocation.failed(order, List.of(new LineShortage("1", "A", 2, 1)), NOW);

        assertThat(failed.holdsStock()).isFalse();
        assertThat(failed.shortages()).containsExactly(new LineShortage("1", "A", 2, 1));
        assertThatThrownBy(() -> failed.ship(NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Allocation.failed(order, List.of(), NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linesAreAllocatedInSkuOrderWhateverTheirOrderInTheEvent() {
        FulfillmentOrder order = order(new AllocationLine("1", "C", 1), new AllocationLine("2", "A", 1),
                new AllocationLine("3", "B", 1), new AllocationLine("0", "A", 1));

        assertThat(order.inLockOrder()).extracting(AllocationLine::lineId).containsExactly("0", "2", "3", "1");
        assertThat(order.lines()).extracting(AllocationLine::lineId).containsExactly("1", "2", "3", "0");
    }

    @Test
    void anOrderNeedsLinesWithPositiveQuantitiesAndUniqueIds() {
        assertThatThrownBy(() -> order()).isInstanceOf(InvalidStock.class).hasMessage("lines: must not be empty");
        assertThatThrownBy(() -> new AllocationLine("1", "A", 0)).isInstanceOf(InvalidStock.class)
                .hasMessage("lines.quantity: must be positive");
        assertThatThrownBy(() -> new AllocationLine("1", "A B", 1)).isInstanceOf(InvalidStock.class);
        assertThatThrownBy(() -> order(new AllocationLine("1", "A", 1), new AllocationLine("1", "B", 1)))
                .isInstanceOf(InvalidStock.class).hasMessageStartingWith("lines.lineId: must be unique");
    }
}
