package com.omnidom.inventory.stock.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StockRulesTest {

    @Test
    void availableIsOnHandMinusAllocated() {
        assertThat(new StockLevel(StockKey.of("A-1", "WH-1"), 25, 7, 3).available()).isEqualTo(18);
    }

    @Test
    void aLevelNeverHasMoreAllocatedThanOnHandNorAnythingNegative() {
        StockKey key = StockKey.of("A-1", "WH-1");
        assertThatThrownBy(() -> new StockLevel(key, 5, 6, 0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new StockLevel(key, 5, -1, 0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new StockLevel(key, -1, 0, 0)).isInstanceOf(IllegalStateException.class);
        assertThat(new StockLevel(key, 5, 5, 0).available()).isZero();
    }

    @Test
    void onHandMustBeGivenAndBetweenZeroAndTheMaximum() {
        assertThat(StockLevel.checkedOnHand(0)).isZero();
        assertThat(field(() -> StockLevel.checkedOnHand(null))).isEqualTo("onHand: is required");
        assertThat(field(() -> StockLevel.checkedOnHand(-1))).isEqualTo("onHand: must not be negative");
        assertThat(field(() -> StockLevel.checkedOnHand(StockLevel.MAX_ON_HAND + 1))).startsWith("onHand: must be at most");
    }

    @Test
    void movedQuantitiesArePositive() {
        assertThat(field(() -> StockLevel.checkedQuantity(0, "lines.quantity"))).isEqualTo("lines.quantity: must be positive");
        assertThat(StockLevel.checkedQuantity(1, "quantity")).isEqualTo(1);
    }

    @Test
    void idsAreCatalogIdsNamingTheFieldAtFault() {
        assertThat(field(() -> new Sku("A 1"))).startsWith("sku: must be 1 to 64");
        assertThat(field(() -> new Sku(null))).isEqualTo("sku: is required");
        assertThat(field(() -> new LocationId("WH@1"))).startsWith("locationId: must be 1 to 64");
        assertThat(field(() -> new LocationId("x".repeat(65)))).startsWith("locationId:");
        assertThat(StockKey.of("A-1", "WH-1")).hasToString("A-1@WH-1");
    }

    @Test
    void rowsAreLockedBySkuThenLocation() {
        List<StockKey> sorted = Stream.of(StockKey.of("B", "WH-1"), StockKey.of("A", "WH-2"), StockKey.of("A", "WH-1"))
                .sorted().toList();
        assertThat(sorted).containsExactly(StockKey.of("A", "WH-1"), StockKey.of("A", "WH-2"), StockKey.of("B", "WH-1"));
    }

    private static String field(Runnable step) {
        try {
            step.run();
        } catch (InvalidStock e) {
            return e.getMessage();
        }
        throw new AssertionError("no rule broken");
    }
}
