package com.omnidom.inventory.location.domain;

import java.util.List;

/** The replica of the catalog's locations. */
public interface Locations {

    /**
     * Stores the snapshot unless a newer (or the same) version is stored already.
     *
     * @return whether the type changed (or the location is new): safety stock by type must be re-derived
     */
    Applied apply(Location location);

    List<Location> all();

    enum Applied { STALE, SAME_TYPE, TYPE_CHANGED }
}
