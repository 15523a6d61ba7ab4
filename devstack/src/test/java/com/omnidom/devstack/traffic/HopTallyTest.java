package com.omnidom.devstack.traffic;

import com.omnidom.devstack.traffic.EventStream.Seen;
import com.omnidom.devstack.traffic.HopTally.Hop;
import com.omnidom.events.EventType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HopTallyTest {

    private static Seen seen(EventType type, String order, String fulfillment, int units, long at) {
        return new Seen(type.type(), order, fulfillment, units, null, at);
    }

    private static Seen mail(String order, String kind, long at) {
        return new Seen(EventType.NOTIFICATION_SENT.type(), order, null, 0, kind, at);
    }

    /** o1 ships in two parts and completes; o2 is held; o3 is shipped but never captured. */
    private static HopTally run() {
        var hops = new HopTally();
        hops.answered("o1", 3, 1_000, 1_040);
        hops.accept(seen(EventType.ORDER_ACCEPTED, "o1", null, 3, 1_050));
        hops.accept(seen(EventType.FULFILLMENT_ASSIGNED, "o1", "f1", 2, 1_100));
        hops.accept(seen(EventType.FULFILLMENT_ASSIGNED, "o1", "f2", 1, 1_130));
        hops.accept(seen(EventType.STOCK_ALLOCATED, "o1", "f1", 2, 1_120));
        hops.accept(seen(EventType.STOCK_ALLOCATED, "o1", "f2", 1, 1_160));
        hops.accept(mail("o1", "ORDER_CONFIRMED", 1_300));
        hops.accept(seen(EventType.FULFILLMENT_SHIPPED, "o1", "f1", 2, 5_000));
        hops.accept(seen(EventType.FULFILLMENT_SHIPPED, "o1", "f2", 1, 6_000));
        hops.accept(seen(EventType.PAYMENT_CAPTURED, "o1", "f1", 0, 5_020));
        hops.accept(seen(EventType.PAYMENT_CAPTURED, "o1", "f2", 0, 6_030));
        hops.accept(mail("o1", "SHIPPED", 5_500));

        hops.accept(seen(EventType.ORDER_HELD, "o2", null, 0, 2_050));
        hops.answered("o2", 1, 2_000, 2_030); // the answer after the event: order does not matter

        hops.answered("o3", 1, 3_000, 3_010);
        hops.accept(seen(EventType.ORDER_ACCEPTED, "o3", null, 1, 3_020));
        hops.accept(seen(EventType.ORDER_ACCEPTED, "o3", null, 1, 3_025)); // a second acceptance: doubled
        hops.accept(seen(EventType.FULFILLMENT_ASSIGNED, "o3", "f3", 1, 3_100));
        hops.accept(seen(EventType.FULFILLMENT_SHIPPED, "o3", "f3", 1, 7_000));
        hops.accept(mail("o3", "ORDER_CONFIRMED", 3_200));
        hops.accept(mail("o3", "SHIPPED", 7_100));

        hops.answered(null, 1, 4_000, 4_500); // refused
        hops.accept(seen(EventType.ORDER_ACCEPTED, "other-run", null, 1, 900)); // not this run's
        hops.accept(new Seen("omnidom.unknown.thing.v1", "o1", null, 0, null, 1)); // ignored
        hops.accept(new Seen(EventType.ORDER_ACCEPTED.type(), null, null, 0, null, 1)); // no order: ignored
        return hops;
    }

    @Test
    void countsCompletedHeldAndIncompleteOrdersAndDoubledEffects() {
        var e = run().evaluate();
        assertThat(e.answered()).isEqualTo(3);
        assertThat(e.failed()).isEqualTo(1);
        assertThat(e.stopped()).isEqualTo(1);
        assertThat(e.expected()).isEqualTo(2);
        assertThat(e.completed()).isEqualTo(1);
        assertThat(e.incomplete()).isEqualTo(1);
        assertThat(e.doubled()).containsExactly("order o3 accepted 2 times");
    }

    @Test
    void timesEachHopFromWhenTheOrderWasDue() {
        var hops = run().evaluate().hops();
        assertThat(hops.get(Hop.POST_ANSWERED).getMaxValue()).isEqualTo(40);
        assertThat(hops.get(Hop.POST_ANSWERED).getTotalCount()).isEqualTo(3);
        // o1: all units assigned at 1 130, due at 1 000; o3: 3 100 - 3 000
        assertThat(hops.get(Hop.POST_ASSIGNED).getTotalCount()).isEqualTo(2);
        assertThat(hops.get(Hop.POST_ASSIGNED).getMinValue()).isEqualTo(100);
        assertThat(hops.get(Hop.POST_ASSIGNED).getMaxValue()).isEqualTo(130);
        assertThat(hops.get(Hop.ACCEPTED_ASSIGNED).getMaxValue()).isEqualTo(80);
        assertThat(hops.get(Hop.ASSIGNED_ALLOCATED).getTotalCount()).isEqualTo(2);
        assertThat(hops.get(Hop.ASSIGNED_ALLOCATED).getMaxValue()).isEqualTo(30);
        assertThat(hops.get(Hop.DELIVERED_CAPTURED).getTotalCount()).isEqualTo(2);
        assertThat(hops.get(Hop.DELIVERED_CAPTURED).getMaxValue()).isEqualTo(30);
        assertThat(hops.get(Hop.ACCEPTED_CONFIRMED).getMaxValue()).isEqualTo(250);
        assertThat(hops.get(Hop.SHIPPED_MAILED).getMinValue()).isEqualTo(100);
        assertThat(hops.get(Hop.SHIPPED_MAILED).getMaxValue()).isEqualTo(500);
    }
}
