package com.omnidom.routing.decision.domain;

import com.omnidom.routing.fulfillment.domain.LineQuantity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OpenLinesTest {

    private static final UUID AT_STORE = UUID.randomUUID();
    private static final UUID SHIPPED = UUID.randomUUID();

    private static LineQuantity line(String id, String sku, int quantity) {
        return new LineQuantity(id, sku, quantity);
    }

    @Test
    void uncoveredIsOpenMinusWhatLiveFulfilmentsHold() {
        List<LineQuantity> open = List.of(line("1", "A", 3), line("2", "B", 1), line("3", "C", 2));
        List<OpenLines.Held> held = List.of(new OpenLines.Held(AT_STORE, true, List.of(line("1", "A", 2), line("2", "B", 1))));

        assertThat(OpenLines.uncovered(open, held)).containsExactly(line("1", "A", 1), line("3", "C", 2));
    }

    @Test
    void cancelTakesUnroutedUnitsFirstThenFromTheLocationNeverShippedOnes() {
        List<LineQuantity> open = List.of(line("1", "A", 3), line("2", "B", 2));
        List<OpenLines.Held> held = List.of(
                new OpenLines.Held(AT_STORE, true, List.of(line("1", "A", 2))),
                new OpenLines.Held(SHIPPED, false, List.of(line("2", "B", 2))));

        OpenLines.Cancellation c = OpenLines.cancel(open, held, List.of(line("1", "A", 2), line("2", "B", 2), line("9", "Z", 1)));

        assertThat(c.fromUnrouted()).containsExactly(line("1", "A", 1));
        assertThat(c.fromFulfillments()).containsExactly(Map.entry(AT_STORE, Map.of("1", 1)));
        assertThat(c.open()).containsExactly(line("1", "A", 1), line("2", "B", 2));
    }

    @Test
    void cancellingEverythingOpenLeavesNothingAndIgnoresUnitsBeyondIt() {
        List<LineQuantity> open = List.of(line("1", "A", 2));
        List<OpenLines.Held> held = List.of(new OpenLines.Held(AT_STORE, true, List.of(line("1", "A", 2))));

        OpenLines.Cancellation c = OpenLines.cancel(open, held, List.of(line("1", "A", 5)));

        assertThat(c.open()).isEmpty();
        assertThat(c.fromFulfillments()).containsExactly(Map.entry(AT_STORE, Map.of("1", 2)));
        assertThat(c.fromUnrouted()).isEmpty();
    }

    @Test
    void aLineSplitOverTwoLocationsIsCancelledFromBoth() {
        UUID other = UUID.randomUUID();
        List<LineQuantity> open = List.of(line("1", "A", 4));
        List<OpenLines.Held> held = List.of(new OpenLines.Held(AT_STORE, true, List.of(line("1", "A", 1))),
                new OpenLines.Held(other, true, List.of(line("1", "A", 3))));

        OpenLines.Cancellation c = OpenLines.cancel(open, held, List.of(line("1", "A", 3)));

        assertThat(c.fromFulfillments()).containsEntry(AT_STORE, Map.of("1", 1)).containsEntry(other, Map.of("1", 2));
        assertThat(c.open()).containsExactly(line("1", "A", 1));
    }

    @Test
    void theCancellationOfAnExpiredPickupTakesItsUnitsBeforeUnroutedOnesAndOtherLocations() {
        UUID expired = UUID.randomUUID();
        List<LineQuantity> open = List.of(line("1", "A", 5));
        // 1 unit waits for stock, 2 are at another store, 2 waited at the pickup store in vain
        List<OpenLines.Held> held = List.of(new OpenLines.Held(AT_STORE, true, List.of(line("1", "A", 2))),
                new OpenLines.Held(expired, true, true, List.of(line("1", "A", 2))));

        OpenLines.Cancellation c = OpenLines.cancel(open, held, List.of(line("1", "A", 2)));

        assertThat(c.fromFulfillments()).containsExactly(Map.entry(expired, Map.of("1", 2)));
        assertThat(c.fromUnrouted()).isEmpty();
        assertThat(c.open()).containsExactly(line("1", "A", 3));
        assertThat(OpenLines.uncovered(c.open(), List.of(held.getFirst()))).containsExactly(line("1", "A", 1));
    }
}
