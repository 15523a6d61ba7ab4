package com.omnidom.devstack.traffic;

import com.omnidom.events.EventType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts the events of a demo run by type and measures, per order, the time from its POST to the moment its
 * fulfilment orders hold every ordered unit (the sum of its {@code FulfillmentAssigned} quantities reaches the
 * ordered quantity). Events and POST answers may come in either order. Thread-safe.
 */
public final class EventTally {

    private final Map<String, Long> counts = new HashMap<>();
    private final Map<String, Track> orders = new HashMap<>();
    private final List<Long> latencies = new ArrayList<>();
    private long splitOrders;
    private long posted;

    private static final class Track {
        long postedAt = -1;
        int units = -1;
        final List<long[]> assignments = new ArrayList<>();
        final Set<String> fulfillments = new HashSet<>();
        boolean complete;
    }

    /** Order-service answered 201 for an order of {@code units} units, posted at {@code postedAtMillis}. */
    public synchronized void posted(String orderId, long postedAtMillis, int units) {
        posted++;
        Track track = orders.computeIfAbsent(orderId, id -> new Track());
        track.postedAt = postedAtMillis;
        track.units = units;
        checkComplete(track);
    }

    /**
     * An event of this run. {@code fulfillmentId} and {@code units} matter for FulfillmentAssigned only (its line
     * quantities summed); {@code atMillis} is when it was published.
     */
    public synchronized void event(String ceType, String orderId, String fulfillmentId, int units, long atMillis) {
        counts.merge(ceType, 1L, Long::sum);
        if (orderId == null || !EventType.FULFILLMENT_ASSIGNED.type().equals(ceType)) {
            return;
        }
        Track track = orders.computeIfAbsent(orderId, id -> new Track());
        if (fulfillmentId != null && track.fulfillments.add(fulfillmentId) && track.fulfillments.size() == 2) {
            splitOrders++;
        }
        track.assignments.add(new long[]{atMillis, units});
        checkComplete(track);
    }

    private void checkComplete(Track track) {
        if (track.complete || track.postedAt < 0) {
            return;
        }
        track.assignments.sort((a, b) -> Long.compare(a[0], b[0]));
        long sum = 0;
        for (long[] assignment : track.assignments) {
            sum += assignment[1];
            if (sum >= track.units) {
                track.complete = true;
                latencies.add(Math.max(0, assignment[0] - track.postedAt));
                return;
            }
        }
    }

    public synchronized long count(EventType type) {
        return counts.getOrDefault(type.type(), 0L);
    }

    /** Orders with more than one fulfilment order. */
    public synchronized long splitOrders() {
        return splitOrders;
    }

    /** Orders answered 201 whose fulfilment orders do not (yet) hold every unit. */
    public synchronized long incomplete() {
        return posted - latencies.size();
    }

    /** POST → all assigned, in milliseconds, sorted. */
    public synchronized long[] latencies() {
        long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    public synchronized long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Nearest-rank percentile of sorted values; -1 when there are none. */
    public static long percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
    }
}
