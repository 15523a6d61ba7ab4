package com.omnidom.inventory.stock.domain;

import java.util.Objects;

/** "There are {@code onHand} units of this article at this location": a count, a correction or an import row. */
public record OnHandTarget(StockKey key, int onHand) {

    public OnHandTarget {
        Objects.requireNonNull(key, "key");
        StockLevel.checkedOnHand(onHand);
    }
}
