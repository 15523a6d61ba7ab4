package com.omnidom.order.catalog.application;

import com.omnidom.order.catalog.domain.CatalogLocation;
import com.omnidom.order.catalog.domain.CatalogLocations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * Keeps the replica of the catalog's locations: the highest version per location id wins, so reading the compacted
 * topic again from the beginning changes nothing.
 */
@Service
public class ReplicateLocations {

    private final CatalogLocations locations;

    public ReplicateLocations(CatalogLocations locations) {
        this.locations = locations;
    }

    @Transactional
    public boolean noteLocationChanged(CatalogLocation location) {
        return locations.apply(location);
    }

    public Optional<CatalogLocation> find(String locationId) {
        return locations.find(locationId);
    }
}
