package com.omnidom.catalog.location.application;

import com.omnidom.catalog.location.domain.Address;
import com.omnidom.catalog.location.domain.Capacity;
import com.omnidom.catalog.location.domain.CostProfile;
import com.omnidom.catalog.location.domain.DistanceBand;
import com.omnidom.catalog.location.domain.LocationContent;
import com.omnidom.catalog.location.domain.LocationSnapshot;
import com.omnidom.catalog.location.domain.OpeningException;
import com.omnidom.catalog.location.domain.OpeningHours;
import com.omnidom.kernel.GeoPoint;

import java.util.List;
import java.util.function.Function;

/** Between the client's document and the domain's content. */
public final class LocationDocuments {

    private LocationDocuments() {
    }

    public static LocationContent toContent(LocationDocument d) {
        var a = d.address();
        var g = d.geo();
        var k = d.capacity();
        var c = d.costProfile();
        return new LocationContent(d.type(), d.name(),
                a == null ? null : new Address(a.street(), a.postalCode(), a.city(), a.country()),
                g == null ? null : GeoPoint.of(g.latitude(), g.longitude(), "geo"),
                d.timeZone(),
                map(d.openingHours(), h -> new OpeningHours(h.day(), h.opens(), h.closes())),
                map(d.openingExceptions(), e -> new OpeningException(e.date(), Boolean.TRUE.equals(e.closed()), e.opens(), e.closes())),
                k == null ? null : new Capacity(k.ordersPerDay(), k.unitsPerDay()),
                c == null ? null : new CostProfile(c.currency(), c.perOrder(), c.perUnit(),
                        map(c.distanceBands(), b -> new DistanceBand(b.upToKm(), b.cost()))),
                d.capabilities(), d.partnerId(), d.active() == null || d.active());
    }

    public static LocationDocument toDocument(LocationSnapshot s) {
        LocationContent c = s.content();
        var a = c.address();
        var k = c.capacity();
        var p = c.costProfile();
        return new LocationDocument(s.id().value(), c.type(), c.name(),
                new LocationDocument.Address(a.street(), a.postalCode(), a.city(), a.country()),
                new LocationDocument.Geo(c.geo().latitude(), c.geo().longitude()),
                c.timeZone(),
                map(c.openingHours(), h -> new LocationDocument.Hours(h.day(), h.opens(), h.closes())),
                map(c.openingExceptions(), e -> new LocationDocument.HoursException(e.date(), e.closed(), e.opens(), e.closes())),
                k == null ? null : new LocationDocument.Capacity(k.ordersPerDay(), k.unitsPerDay()),
                p == null ? null : new LocationDocument.CostProfile(p.currency(), p.perOrder(), p.perUnit(),
                        map(p.distanceBands(), b -> new LocationDocument.DistanceBand(b.upToKm(), b.cost()))),
                c.capabilities(), c.partnerId(), c.active());
    }

    private static <A, B> List<B> map(List<A> list, Function<A, B> mapper) {
        return list == null ? List.of() : list.stream().map(mapper).toList();
    }
}
