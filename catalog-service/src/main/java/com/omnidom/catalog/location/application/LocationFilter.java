package com.omnidom.catalog.location.application;

import com.omnidom.catalog.location.domain.Capability;
import com.omnidom.catalog.location.domain.LocationType;

/**
 * Optional filters of the location list; null means "any".
 *
 * @param partnerId only this partner's locations (a partner caller sees nothing else)
 */
public record LocationFilter(LocationType type, String country, Capability capability, Boolean active,
                             String partnerId) {
}
