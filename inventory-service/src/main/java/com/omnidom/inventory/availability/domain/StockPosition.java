package com.omnidom.inventory.availability.domain;

import com.omnidom.inventory.stock.domain.StockLevel;

import java.time.Instant;
import java.util.List;

/**
 * Everything that decides what one article at one location can promise: the stock row, the channels' holds and the
 * arrivals in transit. Immutable, so the cache can share it between requests.
 */
public record StockPosition(StockLevel level, List<ChannelHold> holds, List<Arrival> arrivals) {

    /** Stands for "no limit" on unlimited articles. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    public StockPosition {
        holds = List.copyOf(holds);
        arrivals = List.copyOf(arrivals);
    }

    /** Undrawn units of {@code channel}'s reservation (0 for none or a null channel). */
    public int heldFor(String channel) {
        if (channel == null) return 0;
        return holds.stream().filter(h -> h.channel().equals(channel)).mapToInt(ChannelHold::quantity).sum();
    }

    /**
     * Available to promise to {@code channel} (null = no channel) for delivery by {@code by} (null = now): what is
     * available, plus the channel's own reservation (within what is physically free), plus what arrives in transit
     * by then. Never below 0; {@link #UNLIMITED} for unlimited articles.
     */
    public int atp(String channel, Instant by) {
        if (level.unlimited()) return UNLIMITED;
        int now = level.availableTo(heldFor(channel));
        if (by == null) return now;
        long arriving = arrivals.stream().filter(a -> !a.expectedAt().isAfter(by)).mapToLong(Arrival::quantity).sum();
        return (int) Math.min(Integer.MAX_VALUE - 1L, now + arriving);
    }
}
