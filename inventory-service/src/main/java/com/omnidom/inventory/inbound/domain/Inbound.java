package com.omnidom.inventory.inbound.domain;

import com.omnidom.inventory.stock.domain.InvalidStock;
import com.omnidom.inventory.stock.domain.StockKey;
import com.omnidom.inventory.stock.domain.StockLevel;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code quantity} units of an article on their way to a location, expected at {@code expectedAt}, from a supplier's
 * purchase order or a transfer from another location ({@code source} = order number or location id).
 */
public record Inbound(UUID id, StockKey key, SourceType sourceType, String source, int quantity, int received,
                      Instant expectedAt, InboundState state, long version) {

    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9._/-]{1,64}");

    public enum SourceType { PURCHASE_ORDER, TRANSFER }

    public enum InboundState { OPEN, RECEIVED, CANCELLED }

    public Inbound {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
    }

    /** Units still to come. */
    public int outstanding() {
        return state == InboundState.OPEN ? quantity - received : 0;
    }

    public static String checkedSource(String source) {
        if (source == null) throw new InvalidStock("source", "is required");
        if (!SOURCE.matcher(source).matches()) throw new InvalidStock("source", "must be 1 to 64 letters, digits, '.', '_', '/' or '-'");
        return source;
    }

    public static SourceType checkedSourceType(String sourceType) {
        try {
            return SourceType.valueOf(sourceType);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidStock("sourceType", "must be PURCHASE_ORDER or TRANSFER");
        }
    }

    public static int checkedQuantity(Integer quantity, String field) {
        if (quantity == null) throw new InvalidStock(field, "is required");
        return StockLevel.checkedQuantity(quantity, field);
    }
}
