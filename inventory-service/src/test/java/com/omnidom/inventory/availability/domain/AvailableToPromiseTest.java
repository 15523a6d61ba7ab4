package com.omnidom.inventory.availability.domain;

import com.omnidom.inventory.stock.domain.StockKey;
import com.omnidom.inventory.stock.domain.StockLevel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AvailableToPromiseTest {

    static final StockKey KEY = StockKey.of("A-1", "WH-1");
    static final Instant DAY_1 = Instant.parse("2026-12-01T00:00:00Z");
    static final Instant DAY_3 = Instant.parse("2026-12-03T00:00:00Z");

    @Test
    void availableIsOnHandMinusAllocatedBlockedReservedAndSafetyStockNeverBelowZero() {
        assertThat(new StockLevel(KEY, 20, 5, 0, 2, 4, 3, false, false).available()).isEqualTo(6);
        assertThat(new StockLevel(KEY, 5, 1, 0, 0, 4, 3, false, false).available()).isZero();
    }

    @Test
    void aChannelMayAddItsOwnReservationButNeverMoreThanIsPhysicallyFree() {
        StockLevel level = new StockLevel(KEY, 10, 2, 0, 0, 6, 1, false, false);
        StockPosition position = new StockPosition(level, List.of(new ChannelHold("MARKETPLACE", 6, null)), List.of());

        assertThat(position.atp(null, null)).isEqualTo(1);
        assertThat(position.atp("WEB_SHOP", null)).as("other channels cannot touch it").isEqualTo(1);
        assertThat(position.atp("MARKETPLACE", null)).isEqualTo(7);
        assertThat(new StockPosition(new StockLevel(KEY, 3, 0, 0, 0, 6, 0, false, false),
                List.of(new ChannelHold("MARKETPLACE", 6, null)), List.of()).atp("MARKETPLACE", null))
                .as("a reservation bigger than what is there promises only what is there").isEqualTo(3);
    }

    @Test
    void goodsInTransitCountOnlyForPromisesAfterTheirArrival() {
        StockPosition position = new StockPosition(new StockLevel(KEY, 2, 0, 0), List.of(),
                List.of(new Arrival(5, DAY_1), new Arrival(7, DAY_3)));

        assertThat(position.atp(null, null)).isEqualTo(2);
        assertThat(position.atp(null, DAY_1.minusSeconds(1))).isEqualTo(2);
        assertThat(position.atp(null, DAY_1)).isEqualTo(7);
        assertThat(position.atp(null, DAY_3.plusSeconds(1))).isEqualTo(14);
    }

    @Test
    void anUnlimitedArticleIsAlwaysAvailable() {
        StockPosition position = new StockPosition(new StockLevel(KEY, 0, 0, 0, 0, 0, 0, true, false), List.of(), List.of());
        assertThat(position.atp("ANY", null)).isEqualTo(StockPosition.UNLIMITED);
    }
}
