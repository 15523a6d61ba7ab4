package com.omnidom.devstack.traffic;

import com.omnidom.events.EventType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventTallyTest {

    private static final String ASSIGNED = EventType.FULFILLMENT_ASSIGNED.type();

    @Test
    void anOrderIsAssignedWhenItsFulfilmentOrdersHoldEveryUnitInWhateverOrderTheNewsArrives() {
        var tally = new EventTally();
        tally.posted("o1", 1_000, 3);
        tally.event(ASSIGNED, "o1", "f1", 2, 1_100);
        assertThat(tally.latencies()).isEmpty();
        tally.event(ASSIGNED, "o1", "f2", 1, 1_250);

        // routing was faster than order-service's answer reached us
        tally.event(ASSIGNED, "o2", "f3", 1, 2_080);
        tally.posted("o2", 2_000, 1);

        assertThat(tally.latencies()).containsExactly(80, 250);
        assertThat(tally.splitOrders()).isEqualTo(1);
        assertThat(tally.incomplete()).isZero();
        assertThat(tally.count(EventType.FULFILLMENT_ASSIGNED)).isEqualTo(3);
    }

    @Test
    void reassignmentAfterARejectionDoesNotCountTheOrderTwice() {
        var tally = new EventTally();
        tally.posted("o1", 0, 1);
        tally.event(ASSIGNED, "o1", "f1", 1, 100);
        tally.event(EventType.FULFILLMENT_REJECTED.type(), "o1", "f1", 0, 200);
        tally.event(ASSIGNED, "o1", "f2", 1, 300);

        assertThat(tally.latencies()).containsExactly(100);
        assertThat(tally.count(EventType.FULFILLMENT_REJECTED)).isEqualTo(1);
    }

    @Test
    void ordersNotFullyAssignedAreIncomplete() {
        var tally = new EventTally();
        tally.posted("o1", 0, 2);
        tally.event(ASSIGNED, "o1", "f1", 1, 100);
        tally.event(EventType.FULFILLMENT_UNROUTABLE.type(), "o1", null, 0, 100);

        assertThat(tally.incomplete()).isEqualTo(1);
        assertThat(tally.latencies()).isEmpty();
    }

    @Test
    void percentilesAreNearestRank() {
        long[] values = new long[100];
        for (int i = 0; i < 100; i++) {
            values[i] = i + 1;
        }
        assertThat(EventTally.percentile(values, 50)).isEqualTo(50);
        assertThat(EventTally.percentile(values, 99)).isEqualTo(99);
        assertThat(EventTally.percentile(new long[]{7}, 99)).isEqualTo(7);
        assertThat(EventTally.percentile(new long[0], 50)).isEqualTo(-1);
    }
}
