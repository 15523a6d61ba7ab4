package com.omnidom.inventory.allocation.application;

import com.omnidom.inventory.allocation.domain.LineShortage;

import java.util.List;

/** Thrown inside the allocating transaction to roll back the lines already allocated when one line is short. */
class InsufficientStock extends RuntimeException {

    private final transient List<LineShortage> shortages;

    InsufficientStock(List<LineShortage> shortages) {
        super("insufficient stock for " + shortages.size() + " line(s)", null, false, false);
        this.shortages = List.copyOf(shortages);
    }

    List<LineShortage> shortages() {
        return shortages;
    }
}
