package com.omnidom.inventory.location.application;

import com.omnidom.inventory.location.domain.Location;
import com.omnidom.inventory.location.domain.Locations;
import com.omnidom.inventory.safety.application.ConfigureSafetyStock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the replica of the catalog's locations: the newest version wins (the compacted topic may be replayed), and
 * a new or retyped location re-derives the safety stock of its rows in the same transaction.
 */
@Service
public class ReplicateLocations {

    private final Locations locations;
    private final ConfigureSafetyStock safetyStock;
    private final AtomicReference<List<Location>> cached = new AtomicReference<>();

    public ReplicateLocations(Locations locations, ConfigureSafetyStock safetyStock) {
        this.locations = locations;
        this.safetyStock = safetyStock;
    }

    @Transactional
    public Locations.Applied noteLocationChanged(Location location) {
        Locations.Applied applied = locations.apply(location);
        if (applied == Locations.Applied.TYPE_CHANGED) safetyStock.locationRetyped(location.id().value());
        if (applied != Locations.Applied.STALE) cached.set(null);
        return applied;
    }

    /** Every location; kept in memory and reloaded after a change this instance applied. */
    public List<Location> all() {
        List<Location> all = cached.get();
        if (all == null) {
            all = List.copyOf(locations.all());
            cached.set(all);
        }
        return all;
    }
}
