package com.omnidom.order.catalog.messaging;

import com.omnidom.events.catalog.LocationChanged;
import com.omnidom.order.catalog.application.ReplicateLocations;
import com.omnidom.order.catalog.domain.CatalogLocation;
import com.omnidom.platform.consumer.EventHandlers;
import com.omnidom.platform.consumer.Subscriptions;
import org.springframework.stereotype.Component;

/**
 * Location snapshots from the compacted catalog topic, read from the beginning by the service's consumer group.
 * Idempotent by version (the newest wins), so no inbox row is needed.
 */
@Component
public class LocationReplicaListener implements EventHandlers {

    private final ReplicateLocations replicate;

    LocationReplicaListener(ReplicateLocations replicate) {
        this.replicate = replicate;
    }

    @Override
    public void subscribe(Subscriptions on) {
        on.idempotent(LocationChanged.class, changed -> {
            if (changed.locationId() != null) replicate.noteLocationChanged(of(changed));
        });
    }

    /** The catalog's location snapshot → what the replica keeps of it. */
    public static CatalogLocation of(LocationChanged l) {
        var a = l.address();
        var geo = l.geo();
        return new CatalogLocation(l.locationId(), l.version(), l.name(), a == null ? null : a.street(),
                a == null ? null : a.postalCode(), a == null ? null : a.city(), a == null ? null : a.country(),
                geo == null ? null : geo.latitude(), geo == null ? null : geo.longitude(),
                l.capabilities().stream().map(Enum::name).toList(), l.active());
    }
}
