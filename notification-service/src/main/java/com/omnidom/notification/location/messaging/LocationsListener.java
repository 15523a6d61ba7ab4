package com.omnidom.notification.location.messaging;

import com.omnidom.events.catalog.LocationChanged;
import com.omnidom.notification.location.application.KeepLocation;
import com.omnidom.platform.consumer.EventHandlers;
import com.omnidom.platform.consumer.Subscriptions;
import org.springframework.stereotype.Component;

/** catalog.locations.v1 (compacted): the replica of store names and addresses. */
@Component
class LocationsListener implements EventHandlers {

    private final KeepLocation keep;

    LocationsListener(KeepLocation keep) {
        this.keep = keep;
    }

    @Override
    public void subscribe(Subscriptions on) {
        on.event(LocationChanged.class, l -> {
            if (l.locationId() == null) return;
            var address = l.address();
            keep.apply(l.locationId(), l.version(), l.name(), address == null ? null : address.street(),
                    address == null ? null : address.postalCode(), address == null ? null : address.city(),
                    address == null ? null : address.country(), l.timeZone());
        });
    }
}
