package com.omnidom.inventory.availability.messaging;

import com.omnidom.events.inventory.AvailabilityChanged;
import com.omnidom.inventory.availability.application.AvailabilityQueries;
import com.omnidom.platform.consumer.EventHandlers;
import com.omnidom.platform.consumer.Subscriptions;
import org.springframework.stereotype.Component;

/**
 * Every instance reads inventory.availability.v1 (a broadcast: outside any group, from the latest offset) and evicts
 * the article of each change from its ATP cache, so a cached answer is never older than the event lag.
 */
@Component
class AvailabilityCacheListener implements EventHandlers {

    private final AvailabilityQueries queries;

    AvailabilityCacheListener(AvailabilityQueries queries) {
        this.queries = queries;
    }

    @Override
    public void subscribe(Subscriptions on) {
        on.broadcast(AvailabilityChanged.class, changed -> {
            if (changed.sku() != null) queries.evict(changed.sku());
        });
    }
}
