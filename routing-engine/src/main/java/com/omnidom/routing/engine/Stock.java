package com.omnidom.routing.engine;

import java.util.Comparator;
import java.util.List;

/**
 * What a location holds of one SKU for the order's channel.
 *
 * @param available          units free to promise now (after reservations and safety stock)
 * @param reservedForChannel units reserved for the order's channel: usable by this order as well
 * @param inbound            units in transit with their arrival day; used after the units on hand
 */
public record Stock(int available, int reservedForChannel, List<Inbound> inbound) {

    public Stock {
        inbound = inbound == null ? List.of()
                : inbound.stream().sorted(Comparator.comparing(Inbound::arrives)).toList();
    }

    public static Stock onHand(int available) {
        return new Stock(available, 0, List.of());
    }

    public int usableNow() {
        return Math.max(0, available) + Math.max(0, reservedForChannel);
    }

    public int inboundUnits() {
        int sum = 0;
        for (Inbound in : inbound) sum += in.quantity();
        return sum;
    }

    public boolean hasInbound() {
        for (Inbound in : inbound) if (in.quantity() > 0) return true;
        return false;
    }
}
