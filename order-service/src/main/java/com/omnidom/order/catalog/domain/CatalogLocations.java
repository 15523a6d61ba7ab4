package com.omnidom.order.catalog.domain;

import java.util.Optional;

/** The location replica's store. */
public interface CatalogLocations {

    /** Stores the location unless a version as high is stored already; @return whether it was stored. */
    boolean apply(CatalogLocation location);

    Optional<CatalogLocation> find(String locationId);
}
