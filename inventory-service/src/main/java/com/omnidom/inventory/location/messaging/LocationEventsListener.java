package com.omnidom.inventory.location.messaging;

import com.omnidom.events.catalog.LocationChanged;
import com.omnidom.inventory.location.application.ReplicateLocations;
import com.omnidom.platform.consumer.EventHandlers;
import com.omnidom.platform.consumer.Subscriptions;
import org.springframework.stereotype.Component;

/**
 * Location snapshots from the compacted catalog topic. Idempotent by version (the newest wins), which also holds
 * when the topic is read again from the beginning, so no inbox row is needed.
 */
@Component
class LocationEventsListener implements EventHandlers {

    private final ReplicateLocations replicate;

    LocationEventsListener(ReplicateLocations replicate) {
        this.replicate = replicate;
    }

    @Override
    public void subscribe(Subscriptions on) {
        on.idempotent(LocationChanged.class, changed -> replicate.noteLocationChanged(LocationTranslation.of(changed)));
    }
}
