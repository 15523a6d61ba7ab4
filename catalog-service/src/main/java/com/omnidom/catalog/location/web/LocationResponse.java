package com.omnidom.catalog.location.web;

import com.omnidom.catalog.location.application.LocationDocument;
import com.omnidom.catalog.location.application.LocationDocuments;
import com.omnidom.catalog.location.domain.Capability;
import com.omnidom.catalog.location.domain.LocationSnapshot;
import com.omnidom.catalog.location.domain.LocationType;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A delivery location as stored: the written document plus its version. */
@Schema(name = "StoredLocation")
public record LocationResponse(
        String id,
        LocationType type,
        String name,
        LocationDocument.Address address,
        LocationDocument.Geo geo,
        String timeZone,
        List<LocationDocument.Hours> openingHours,
        List<LocationDocument.HoursException> openingExceptions,
        LocationDocument.Capacity capacity,
        LocationDocument.CostProfile costProfile,
        List<Capability> capabilities,
        String partnerId,
        boolean active,
        @Schema(description = "Increases with every change") long version) {

    static LocationResponse of(LocationSnapshot snapshot) {
        LocationDocument d = LocationDocuments.toDocument(snapshot);
        return new LocationResponse(d.id(), d.type(), d.name(), d.address(), d.geo(), d.timeZone(), d.openingHours(),
                d.openingExceptions(), d.capacity(), d.costProfile(), d.capabilities(), d.partnerId(), d.active(),
                snapshot.version());
    }
}
