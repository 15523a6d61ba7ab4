package com.omnidom.catalog.location.application;

import com.omnidom.catalog.location.domain.LocationContent;
import com.omnidom.catalog.location.domain.LocationSnapshot;
import com.omnidom.events.catalog.LocationChanged;

import java.time.Instant;
import java.util.UUID;

/** Translates a stored location into its contract event: the full snapshot, so the compacted topic holds the location. */
public final class LocationEvents {

    private LocationEvents() {
    }

    public static LocationChanged changed(LocationSnapshot s, Instant occurredAt) {
        LocationContent c = s.content();
        var a = c.address();
        var k = c.capacity();
        var p = c.costProfile();
        return new LocationChanged(UUID.randomUUID(), occurredAt, s.id().value(), s.version(),
                LocationChanged.LocationType.valueOf(c.type().name()), c.name(),
                new LocationChanged.Address(a.street(), a.postalCode(), a.city(), a.country()),
                new LocationChanged.GeoPoint(c.geo().latitude(), c.geo().longitude()),
                c.timeZone(),
                c.openingHours().stream().map(h -> new LocationChanged.OpeningHours(h.day(), h.opens(), h.closes())).toList(),
                c.openingExceptions().stream()
                        .map(e -> new LocationChanged.OpeningException(e.date(), e.closed(), e.opens(), e.closes())).toList(),
                k == null ? null : new LocationChanged.Capacity(k.ordersPerDay(), k.unitsPerDay()),
                p == null ? null : new LocationChanged.CostProfile(p.currency(), p.perOrder(), p.perUnit(),
                        p.distanceBands().stream().map(b -> new LocationChanged.DistanceBand(b.upToKm(), b.cost())).toList()),
                c.capabilities().stream().map(x -> LocationChanged.Capability.valueOf(x.name())).toList(),
                c.partnerId(), c.active());
    }
}
