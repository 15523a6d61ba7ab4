package com.omnidom.catalog.location.application;

import com.omnidom.catalog.location.domain.Capability;
import com.omnidom.catalog.location.domain.LocationType;

/** Optional filters of the location list; null means "any". */
public record LocationFilter(LocationType type, String country, Capability capability, Boolean active) {
}
