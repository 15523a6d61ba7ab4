package com.omnidom.inventory.allocation.domain;

import com.omnidom.inventory.stock.domain.InvalidStock;
import com.omnidom.inventory.stock.domain.LocationId;
import com.omnidom.inventory.stock.domain.Sku;
import com.omnidom.inventory.stock.domain.StockKey;
import com.omnidom.inventory.stock.domain.StockLevel;

import java.util.Comparator;
import java.util.List;

/**
 * Units of an article allocated (or wanted) for one order line of a fulfilment order.
 *
 * @param fromReservation units of it drawn from the order channel's reservation
 * @param issued          codes handed out for it (non-physical articles); empty for physical goods
 * @param inboundId       the goods in transit the whole line was promised from (null = from stock on hand); once they
 *                        are received the units are allocated on hand like any other
 */
public record AllocationLine(String lineId, String sku, int quantity, int fromReservation, List<String> issued,
                             java.util.UUID inboundId) {

    /** By article (the stock row's lock order at one location), then line. */
    public static final Comparator<AllocationLine> LOCK_ORDER =
            Comparator.comparing(AllocationLine::sku).thenComparing(AllocationLine::lineId);

    public AllocationLine {
        if (lineId == null || lineId.isBlank()) throw new InvalidStock("lines.lineId", "is required");
        new Sku(sku);
        StockLevel.checkedQuantity(quantity, "lines.quantity");
        if (fromReservation < 0 || fromReservation > quantity) throw new IllegalStateException("fromReservation outside 0.." + quantity);
        issued = issued == null ? List.of() : List.copyOf(issued);
    }

    public AllocationLine(String lineId, String sku, int quantity, int fromReservation, List<String> issued) {
        this(lineId, sku, quantity, fromReservation, issued, null);
    }

    /** A wanted line: nothing drawn or issued yet. */
    public AllocationLine(String lineId, String sku, int quantity) {
        this(lineId, sku, quantity, 0, List.of(), null);
    }

    public StockKey at(LocationId location) {
        return new StockKey(new Sku(sku), location);
    }

    /** The line as allocated. */
    public AllocationLine allocated(int drawnFromReservation, List<String> issuedCodes) {
        return new AllocationLine(lineId, sku, quantity, drawnFromReservation, issuedCodes, null);
    }

    /** The line as promised from goods in transit. */
    public AllocationLine promisedFrom(java.util.UUID inbound) {
        return new AllocationLine(lineId, sku, quantity, 0, List.of(), inbound);
    }
}
