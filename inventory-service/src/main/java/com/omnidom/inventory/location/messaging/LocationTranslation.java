package com.omnidom.inventory.location.messaging;

import com.omnidom.events.catalog.LocationChanged;
import com.omnidom.inventory.location.domain.Location;
import com.omnidom.inventory.stock.domain.InvalidStock;
import com.omnidom.inventory.stock.domain.LocationId;
import com.omnidom.platform.events.PermanentEventFailure;

import java.util.stream.Collectors;

/** The catalog's location snapshot as inventory's replica keeps it; a snapshot breaking an id rule is dead-lettered. */
public final class LocationTranslation {

    private LocationTranslation() {
    }

    public static Location of(LocationChanged e) {
        if (e.type() == null) throw new PermanentEventFailure("LocationChanged " + e.locationId() + " without type");
        try {
            var address = e.address();
            var geo = e.geo();
            return new Location(new LocationId(e.locationId()), e.type().name(), e.name(),
                    address == null ? null : address.postalCode(), address == null ? null : address.city(),
                    address == null ? null : address.country(),
                    geo == null ? null : geo.latitude(), geo == null ? null : geo.longitude(), e.timeZone(),
                    e.capabilities().stream().map(Enum::name).collect(Collectors.toSet()), e.active(), e.version());
        } catch (InvalidStock invalid) {
            throw new PermanentEventFailure("LocationChanged " + e.eventId() + ": " + invalid.getMessage(), invalid);
        }
    }
}
