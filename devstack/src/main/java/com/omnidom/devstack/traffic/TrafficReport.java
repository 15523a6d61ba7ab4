package com.omnidom.devstack.traffic;

import com.omnidom.events.EventType;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one-line live summary of a run (every second, or every 5 s for logs) and the report at its end. */
final class TrafficReport {

    private final PrintStream out;
    private final boolean live;
    private final long runStart;
    private final EventTally tally;
    private final OrderPoster orders;
    private final LocationPlayer locations;
    private final ErrorSamples errorSamples;
    private long lastAccepted;
    private long lastPrinted;

    TrafficReport(PrintStream out, boolean live, long runStart, EventTally tally, OrderPoster orders,
                  LocationPlayer locations, ErrorSamples errorSamples) {
        this.out = out;
        this.live = live;
        this.runStart = runStart;
        this.tally = tally;
        this.orders = orders;
        this.locations = locations;
        this.errorSamples = errorSamples;
    }

    void tick() {
        long now = System.currentTimeMillis();
        long acceptedNow = orders.accepted();
        long perSecond = acceptedNow - lastAccepted;
        lastAccepted = acceptedNow;
        String line = "[%4ds] orders %d (%d/s) | accepted %d | routed %d | split %d | shipped %d | picked up %d | captured %d | refunded %d | unroutable %d | rejected %d | mails %d | http errors %d"
                .formatted((now - runStart) / 1000, acceptedNow, perSecond, tally.count(EventType.ORDER_ACCEPTED),
                        tally.count(EventType.FULFILLMENT_ASSIGNED), tally.splitOrders(),
                        tally.count(EventType.FULFILLMENT_SHIPPED), tally.count(EventType.FULFILLMENT_PICKED_UP),
                        tally.count(EventType.PAYMENT_CAPTURED), tally.count(EventType.REFUND_ISSUED),
                        tally.count(EventType.FULFILLMENT_UNROUTABLE), tally.count(EventType.FULFILLMENT_REJECTED),
                        tally.count(EventType.NOTIFICATION_SENT), orders.errors() + locations.errors());
        if (live) {
            out.print("\r" + line + "   ");
            out.flush();
        } else if (now - lastPrinted >= 5_000) {
            out.println(line);
            lastPrinted = now;
        }
    }

    /** Ends the live line. */
    void close() {
        tick();
        if (live) {
            out.println();
        }
    }

    void report(String run, double streamSeconds, double postSeconds) {
        long ok = orders.accepted();
        out.printf("%n%s: %d orders sent in %.1f s, %d answered 201, %d failed: %.2f orders/s sustained%n", run,
                orders.sent(), streamSeconds, ok, orders.errors(), ok / Math.max(postSeconds, 0.001));
        long[] latencies = tally.latencies();
        if (latencies.length > 0) {
            out.printf("POST -> all fulfilment orders assigned: p50 %d ms, p99 %d ms, max %d ms over %d orders"
                            + " (%d not fully assigned: unroutable, short of stock or still open)%n",
                    EventTally.percentile(latencies, 50), EventTally.percentile(latencies, 99),
                    latencies[latencies.length - 1], latencies.length, tally.incomplete());
        } else {
            out.printf("POST -> all fulfilment orders assigned: no order was fully assigned (%d not)%n", tally.incomplete());
        }
        var events = new LinkedHashMap<String, Long>();
        for (EventType type : EventType.values()) {
            long n = tally.count(type);
            if (n > 0) {
                events.put(type.type().replaceFirst("^omnidom\\.[a-z]+\\.", "").replaceFirst("\\.v\\d+$", ""), n);
            }
        }
        out.println("Events of this run: " + (events.isEmpty() ? "none" : events.toString().replaceAll("[{}]", ""))
                + "; split orders " + tally.splitOrders());
        Map<String, ?> played = locations.played();
        out.println("Locations played: " + locations.seen() + " fulfilment orders"
                + (played.isEmpty() ? "" : " (" + locations.played().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + e.getValue().get()).reduce((a, b) -> a + ", " + b).orElse("") + ")")
                + (locations.pending() > 0 ? ", " + locations.pending() + " still in progress" : ""));
        out.println("HTTP errors: " + orders.errors() + " on orders, " + locations.errors() + " on fulfilments");
        errorSamples.first(8).forEach(e -> out.println("  " + e.getKey() + ": " + e.getValue()));
    }
}
