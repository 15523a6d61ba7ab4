package com.omnidom.inventory.stock.messaging;

import com.omnidom.events.returns.ReturnReceived;
import com.omnidom.inventory.stock.application.RestockReturns;
import com.omnidom.inventory.stock.application.ReturnedUnits;
import com.omnidom.inventory.stock.domain.InvalidStock;
import com.omnidom.inventory.stock.domain.LocationId;
import com.omnidom.inventory.stock.domain.Sku;
import com.omnidom.platform.consumer.EventHandlers;
import com.omnidom.platform.consumer.Subscriptions;
import com.omnidom.platform.events.PermanentEventFailure;
import org.springframework.stereotype.Component;

import java.util.List;

/** Returns received at a location: their resellable units go back on hand there; other return events are skipped. */
@Component
class ReturnEventsListener implements EventHandlers {

    private final RestockReturns restock;

    ReturnEventsListener(RestockReturns restock) {
        this.restock = restock;
    }

    @Override
    public void subscribe(Subscriptions on) {
        on.event(ReturnReceived.class, received -> {
            LocationId location;
            List<ReturnedUnits> units;
            try {
                location = new LocationId(received.locationId());
                units = received.lines().stream()
                        .filter(l -> l.resellable() && l.quantity() > 0)
                        .map(l -> new ReturnedUnits(new Sku(l.sku()), l.quantity()))
                        .toList();
            } catch (InvalidStock e) {
                throw new PermanentEventFailure("ReturnReceived " + received.eventId() + ": " + e.getMessage(), e);
            }
            restock.noteReturnReceived(location, units);
        });
    }
}
