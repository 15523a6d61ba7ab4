package com.omnidom.inventory.stock.domain;

/** What setting on hand did. {@code level} is the row after the change, or as it stands when nothing changed. */
public record OnHandResult(OnHandTarget target, Change change, StockLevel level) {

    public enum Change {
        CREATED, UPDATED,
        /** the row had this quantity already: no new version, no event */
        UNCHANGED,
        /** refused: more units are allocated than the new on hand */
        BELOW_ALLOCATED
    }

    public boolean changed() {
        return change == Change.CREATED || change == Change.UPDATED;
    }
}
