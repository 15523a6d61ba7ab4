package com.omnidom.events.inventory;

import com.omnidom.events.ContractLists;

import java.util.List;

/**
 * Units of an article allocated for (or released from) one order line.
 *
 * @param issued codes handed out on allocation for non-physical articles (gift card codes, licence keys,
 *               service slot ids); empty for physical goods
 */
public record StockLine(String lineId, String sku, int quantity, List<String> issued) {

    public StockLine {
        issued = ContractLists.of(issued);
    }

    /** A line of physical goods: nothing issued. */
    public StockLine(String lineId, String sku, int quantity) {
        this(lineId, sku, quantity, List.of());
    }
}
