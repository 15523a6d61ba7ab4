package com.omnidom.inventory.reservation.domain;

import com.omnidom.inventory.stock.domain.InvalidStock;
import com.omnidom.inventory.stock.domain.StockKey;
import com.omnidom.inventory.stock.domain.StockLevel;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code quantity} units of an article at a location held for {@code channel} (a sales channel such as MARKETPLACE,
 * or a partner id) until {@code until} (null = until released). Its orders draw on it first ({@code drawn}); other
 * channels cannot touch the {@code quantity − drawn} units left.
 */
public record Reservation(UUID id, StockKey key, String channel, int quantity, int drawn, Instant until,
                          ReservationState state, long version) {

    private static final Pattern CHANNEL = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public Reservation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        checkedChannel(channel);
        if (drawn < 0 || drawn > quantity) throw new IllegalStateException("drawn " + drawn + " outside 0.." + quantity);
    }

    /** Units still held (not drawn yet). */
    public int held() {
        return state == ReservationState.ACTIVE ? quantity - drawn : 0;
    }

    public static String checkedChannel(String channel) {
        if (channel == null) throw new InvalidStock("channel", "is required");
        if (!CHANNEL.matcher(channel).matches()) throw new InvalidStock("channel", "must be 1 to 64 letters, digits, '.', '_' or '-'");
        return channel;
    }

    /** Checks a reserved quantity: 0 holds nothing but keeps the reservation. */
    public static int checkedQuantity(Integer quantity) {
        if (quantity == null) throw new InvalidStock("quantity", "is required");
        if (quantity < 0) throw new InvalidStock("quantity", "must not be negative");
        if (quantity > StockLevel.MAX_ON_HAND) throw new InvalidStock("quantity", "must be at most " + StockLevel.MAX_ON_HAND);
        return quantity;
    }
}
