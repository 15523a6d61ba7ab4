package com.omnidom.routing.replica.application;

import java.time.Instant;
import java.util.List;

/**
 * What routing keeps of an article's stock at a location.
 *
 * @param available    what any channel can be promised now (onHand − allocated − reserved − safety stock, ≥ 0)
 * @param reservations units a channel may use on top of {@code available}
 * @param inTransit    units arriving later, usable for promises after their time
 * @param unlimited    an article without a stock limit: {@code available} is meaningless
 */
public record ReplicaAvailability(String sku, String locationId, int available, long version, int reserved, int safetyStock,
                                  List<Reservation> reservations, List<InTransit> inTransit, boolean unlimited) {

    public ReplicaAvailability {
        reservations = reservations == null ? List.of() : List.copyOf(reservations);
        inTransit = inTransit == null ? List.of() : List.copyOf(inTransit);
    }

    /** Units kept for a channel until a time (null = open-ended). */
    public record Reservation(String channel, int quantity, Instant until) {
    }

    /** Units on their way, expected at a time. */
    public record InTransit(int quantity, Instant expectedAt) {
    }

    public int inTransitUnits() {
        return inTransit.stream().mapToInt(InTransit::quantity).sum();
    }
}
