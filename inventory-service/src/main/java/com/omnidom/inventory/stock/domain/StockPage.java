package com.omnidom.inventory.stock.domain;

import java.util.List;

/** Some stock rows in key order and how many rows matched in all. */
public record StockPage(List<StockLevel> items, long total) {

    public StockPage {
        items = List.copyOf(items);
    }
}
