package com.omnidom.inventory.allocation.domain;

import com.omnidom.inventory.stock.domain.LocationId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AllocationCancelTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void cancellingPartOfALineGivesBackReservedUnitsAndTheLastCodesFirst() {
        Allocation allocation = Allocation.allocated(order(new AllocationLine("1", "GC", 3, 2, List.of("C1", "C2", "C3")),
                new AllocationLine("2", "B", 1)), NOW);

        List<AllocationLine> cut = allocation.cancel(Map.of("1", 2), NOW);

        assertThat(cut).containsExactly(new AllocationLine("1", "GC", 2, 2, List.of("C2", "C3")));
        assertThat(allocation.lines()).containsExactly(new AllocationLine("1", "GC", 1, 0, List.of("C1")),
                new AllocationLine("2", "B", 1));
        assertThat(allocation.state()).isEqualTo(AllocationState.ALLOCATED);
    }

    @Test
    void cancellingEverythingEndsTheAllocationAndMoreThanALineHoldsIsCapped() {
        Allocation allocation = Allocation.allocated(order(new AllocationLine("1", "A", 2)), NOW);

        List<AllocationLine> cut = allocation.cancel(Map.of("1", 5, "unknown", 1), NOW);

        assertThat(cut).containsExactly(new AllocationLine("1", "A", 2));
        assertThat(allocation.state()).isEqualTo(AllocationState.CANCELLED);
        assertThat(allocation.holdsStock()).isFalse();
        assertThatThrownBy(() -> allocation.cancel(Map.of("1", 1), NOW)).isInstanceOf(IllegalStateException.class);
    }

    private static FulfillmentOrder order(AllocationLine... lines) {
        return new FulfillmentOrder(UUID.randomUUID(), new FulfillmentId(UUID.randomUUID()), new LocationId("WH-1"), List.of(lines),
                "WEB_SHOP", null);
    }
}
