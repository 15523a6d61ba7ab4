package com.omnidom.inventory.stock.domain;

/** A delivery location's id, as in the catalog (warehouse, store, drop shipper ...). */
public record LocationId(String value) implements Comparable<LocationId> {

    public LocationId {
        Ids.checked(value, "locationId");
    }

    @Override
    public int compareTo(LocationId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
