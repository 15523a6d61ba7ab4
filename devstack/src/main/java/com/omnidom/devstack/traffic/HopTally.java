package com.omnidom.devstack.traffic;

import com.omnidom.devstack.traffic.EventStream.Seen;
import com.omnidom.events.EventType;
import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The bench's view of a run: per order, when it was due, answered, and each step of its path appeared on Kafka (the
 * records' timestamps); at the end, the latency of every hop as an HdrHistogram, which orders completed the whole
 * lifecycle, and any effect that happened twice. Events and answers may arrive in any order: everything is kept raw
 * and evaluated once, in {@link #evaluate()}. Thread-safe.
 */
public final class HopTally implements Consumer<Seen>, OrderPoster.Answers {

    /** The hops, in the order of the order's path. */
    public enum Hop {
        POST_ANSWERED("POST → 201"),
        POST_ACCEPTED("POST → OrderAccepted"),
        ACCEPTED_ASSIGNED("OrderAccepted → all assigned"),
        POST_ASSIGNED("POST → all assigned"),
        ASSIGNED_ALLOCATED("FulfillmentAssigned → StockAllocated"),
        ACCEPTED_CONFIRMED("OrderAccepted → confirmation mail"),
        DELIVERED_CAPTURED("shipped/picked up → PaymentCaptured"),
        SHIPPED_MAILED("shipped → 'on its way' mail");

        public final String label;

        Hop(String label) {
            this.label = label;
        }
    }

    private static final class Fulfillment {
        final List<Long> allocated = new ArrayList<>();
        final List<Long> delivered = new ArrayList<>();
        final List<Long> captured = new ArrayList<>();
        long assignedAt = -1;
        int deliveredUnits;
        boolean rejected;
    }

    private static final class Order {
        long dueAt = -1;
        long answeredAt = -1;
        int units = -1;
        final List<Long> accepted = new ArrayList<>();
        boolean stopped; // held, rejected or cancelled: not expected to complete within the run
        final List<long[]> assignments = new ArrayList<>();
        final Map<String, Fulfillment> fulfillments = new LinkedHashMap<>();
        final Map<String, List<Long>> mails = new HashMap<>();
    }

    private final Map<String, Order> orders = new HashMap<>();
    private final List<Long> failedAnswers = new ArrayList<>();

    @Override
    public synchronized void answered(String orderId, int units, long dueAtMillis, long answeredAtMillis) {
        if (orderId == null) {
            failedAnswers.add(answeredAtMillis - dueAtMillis);
            return;
        }
        Order order = order(orderId);
        order.dueAt = dueAtMillis;
        order.answeredAt = answeredAtMillis;
        order.units = units;
    }

    @Override
    public synchronized void accept(Seen e) {
        if (e.orderId() == null) return;
        EventType type;
        try {
            type = EventType.of(e.type());
        } catch (IllegalArgumentException unknown) {
            return;
        }
        Order order = order(e.orderId());
        switch (type) {
            case ORDER_ACCEPTED -> order.accepted.add(e.at());
            case ORDER_HELD, ORDER_REJECTED, ORDER_CANCELLED -> order.stopped = true;
            case FULFILLMENT_ASSIGNED -> {
                order.assignments.add(new long[]{e.at(), e.units()});
                if (e.fulfillmentId() != null) fulfillment(order, e.fulfillmentId()).assignedAt = e.at();
            }
            case STOCK_ALLOCATED -> fulfillment(order, e.fulfillmentId()).allocated.add(e.at());
            case FULFILLMENT_SHIPPED, FULFILLMENT_PICKED_UP -> {
                Fulfillment f = fulfillment(order, e.fulfillmentId());
                f.delivered.add(e.at());
                f.deliveredUnits += e.units();
            }
            case FULFILLMENT_REJECTED, FULFILLMENT_CANCELLED -> fulfillment(order, e.fulfillmentId()).rejected = true;
            case PAYMENT_CAPTURED -> fulfillment(order, e.fulfillmentId()).captured.add(e.at());
            case NOTIFICATION_SENT -> order.mails.computeIfAbsent(String.valueOf(e.kind()), k -> new ArrayList<>())
                    .add(e.at());
            default -> { }
        }
    }

    private Order order(String id) {
        return orders.computeIfAbsent(id, k -> new Order());
    }

    private static Fulfillment fulfillment(Order order, String id) {
        return order.fulfillments.computeIfAbsent(String.valueOf(id), k -> new Fulfillment());
    }

    /** What the run came to. */
    public record Evaluation(Map<Hop, Histogram> hops, long answered, long failed, long stopped, long completed,
                             long incomplete, List<String> doubled) {

        /** Orders expected to complete: answered 201, and neither held, rejected nor cancelled. */
        public long expected() {
            return answered - stopped;
        }
    }

    /**
     * Hop latencies over every order (or fulfilment) that reached both ends; an order is complete when all its units
     * were assigned and delivered (shipped or picked up), every delivered fulfilment was captured, and its confirmation
     * mail (and, for a shipment, its "on its way" mail) was sent. Doubled effects: a second OrderAccepted, a second
     * StockAllocated, delivery or capture of one fulfilment, a second confirmation mail.
     */
    public synchronized Evaluation evaluate() {
        Map<Hop, Histogram> hops = new LinkedHashMap<>();
        for (Hop hop : Hop.values()) hops.put(hop, new Histogram(3_600_000L, 3));
        long answered = 0, stopped = 0, completed = 0, incomplete = 0;
        List<String> doubled = new ArrayList<>();
        for (var entry : orders.entrySet()) {
            Order o = entry.getValue();
            if (o.dueAt < 0) continue; // an order of another run
            answered++;
            record(hops, Hop.POST_ANSWERED, o.dueAt, o.answeredAt);
            long accepted = o.accepted.isEmpty() ? -1 : o.accepted.getFirst();
            if (o.accepted.size() > 1) doubled.add("order " + entry.getKey() + " accepted " + o.accepted.size() + " times");
            record(hops, Hop.POST_ACCEPTED, o.dueAt, accepted);
            long allAssigned = allAssigned(o);
            record(hops, Hop.ACCEPTED_ASSIGNED, accepted, allAssigned);
            record(hops, Hop.POST_ASSIGNED, o.dueAt, allAssigned);
            record(hops, Hop.ACCEPTED_CONFIRMED, accepted, first(o.mails.get("ORDER_CONFIRMED")));
            List<Long> confirmations = o.mails.getOrDefault("ORDER_CONFIRMED", List.of());
            if (confirmations.size() > 1) doubled.add("order " + entry.getKey() + " confirmed " + confirmations.size() + " times");
            int deliveredUnits = 0;
            boolean captured = true, shipped = false;
            long firstShipped = Long.MAX_VALUE;
            for (var f : o.fulfillments.entrySet()) {
                Fulfillment ff = f.getValue();
                record(hops, Hop.ASSIGNED_ALLOCATED, ff.assignedAt, first(ff.allocated));
                record(hops, Hop.DELIVERED_CAPTURED, first(ff.delivered), first(ff.captured));
                if (ff.allocated.size() > 1) doubled.add("fulfilment " + f.getKey() + " allocated " + ff.allocated.size() + " times");
                if (ff.delivered.size() > 1) doubled.add("fulfilment " + f.getKey() + " delivered " + ff.delivered.size() + " times");
                if (ff.captured.size() > 1) doubled.add("fulfilment " + f.getKey() + " captured " + ff.captured.size() + " times");
                if (ff.delivered.isEmpty()) continue;
                deliveredUnits += ff.deliveredUnits;
                captured &= !ff.captured.isEmpty();
                firstShipped = Math.min(firstShipped, ff.delivered.getFirst());
                shipped = true;
            }
            List<Long> shippedMails = o.mails.get("SHIPPED");
            if (shipped && shippedMails != null) record(hops, Hop.SHIPPED_MAILED, firstShipped, first(shippedMails));
            if (o.stopped) {
                stopped++;
                continue;
            }
            boolean mailed = !confirmations.isEmpty()
                    && (shippedMails != null || o.mails.containsKey("READY_FOR_PICKUP"));
            if (allAssigned >= 0 && deliveredUnits >= o.units && captured && mailed) completed++;
            else incomplete++;
        }
        return new Evaluation(hops, answered, failedAnswers.size(), stopped, completed, incomplete, doubled);
    }

    /** When the order's assignments first held all its units; -1 if they never did. */
    private static long allAssigned(Order o) {
        if (o.units < 0) return -1;
        List<long[]> sorted = new ArrayList<>(o.assignments);
        sorted.sort((a, b) -> Long.compare(a[0], b[0]));
        long sum = 0;
        for (long[] a : sorted) {
            sum += a[1];
            if (sum >= o.units) return a[0];
        }
        return -1;
    }

    private static long first(List<Long> times) {
        return times == null || times.isEmpty() ? -1 : times.stream().mapToLong(Long::longValue).min().getAsLong();
    }

    private static void record(Map<Hop, Histogram> hops, Hop hop, long from, long to) {
        if (from < 0 || to < 0) return;
        hops.get(hop).recordValue(Math.clamp(to - from, 0, 3_600_000L));
    }
}
