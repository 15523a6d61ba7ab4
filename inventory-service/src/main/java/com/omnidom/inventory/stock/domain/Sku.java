package com.omnidom.inventory.stock.domain;

/** An article's stock keeping unit, as in the catalog. */
public record Sku(String value) implements Comparable<Sku> {

    public Sku {
        Ids.checked(value, "sku");
    }

    @Override
    public int compareTo(Sku other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
